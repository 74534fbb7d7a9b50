import type * as z from 'zod/mini';
import { apiErrorBodySchema } from '@/api-contract/common';
import { appConfig } from './config';
import { apiConfig } from './api-config';
import { ApiError } from './api-error';
import { reportReachability } from './connectivity';

export { ApiError, isApiError, type ApiErrorKind } from './api-error';
export { configureApiClient } from './api-config';

interface CommonOptions<S extends z.ZodMiniType> {
  body?: unknown;
  /** Schema of a 2xx body; omit for 204 responses. */
  schema?: S;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * A mutation must name its idempotency key: one per user intent, made by the caller (see
 * intent-keys.ts) and reused on every retry of that intent, so a retry after a lost answer
 * cannot do the work twice. A key made here, per call, could not promise that.
 */
export type RequestOptions<S extends z.ZodMiniType> = CommonOptions<S> &
  (
    | { method?: 'GET'; idempotencyKey?: never }
    | { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; idempotencyKey: string }
  );

/** A static file of the app's own origin, left out of the precache so only the network answers. */
const PROBE_URL = `${import.meta.env.BASE_URL}connectivity.txt`;
const PROBE_TIMEOUT_MS = 3_000;

/**
 * Can the device reach the app's own origin? After a request failed at the network level, yes
 * means the API alone is down (a network error) and no means the device is offline. The demo
 * backend asks the same question before it answers (mocks/browser.ts).
 */
export async function probeReachable(): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  try {
    // HEAD: the service worker's routes only answer GET, so this always goes to the network.
    await fetch(new URL(PROBE_URL, location.href), {
      method: 'HEAD',
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return true;
  } catch {
    return false;
  }
}

/** The only caller of `fetch` in the app. */
export async function apiRequest<S extends z.ZodMiniType = z.ZodMiniVoid>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<z.infer<S>> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const token = apiConfig.hooks.getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (options.idempotencyKey !== undefined) headers.set('Idempotency-Key', options.idempotencyKey);

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? appConfig.requestTimeoutMs);
  const signal = options.signal
    ? AbortSignal.any([options.signal, timeout.signal])
    : timeout.signal;

  let response: Response;
  try {
    await apiConfig.whenReady();
    response = await fetch(`${apiConfig.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    if (timeout.signal.aborted) throw new ApiError('timeout', { cause });
    const reachable = await probeReachable();
    reportReachability(reachable);
    throw new ApiError(reachable ? 'network' : 'offline', { cause });
  } finally {
    clearTimeout(timer);
  }
  reportReachability(true);

  if (response.status === 401) {
    apiConfig.hooks.onUnauthorized();
    throw new ApiError('session-expired', { status: 401 });
  }

  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = apiErrorBodySchema.safeParse(body);
    throw new ApiError('http', {
      status: response.status,
      ...(parsed.success
        ? {
            code: parsed.data.code,
            ...(parsed.data.retryAfterSeconds !== undefined
              ? { retryAfterSeconds: parsed.data.retryAfterSeconds }
              : {}),
            ...(parsed.data.attemptsLeft !== undefined
              ? { attemptsLeft: parsed.data.attemptsLeft }
              : {}),
          }
        : {}),
    });
  }

  if (!options.schema || response.status === 204) return undefined as z.infer<S>;

  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new ApiError('invalid-response', { status: response.status, cause });
  }
  const result = options.schema.safeParse(json);
  if (!result.success) {
    throw new ApiError('invalid-response', { status: response.status, cause: result.error });
  }
  return result.data;
}
