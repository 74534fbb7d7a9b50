import type * as z from 'zod/mini';
import { apiErrorBodySchema } from '@/api-contract/common';
import type { Endpoint, QueryParameter } from '@/api-contract/endpoint';
import { appConfig } from './config';
import { apiConfig } from './api-config';
import { ApiError } from './api-error';
import { reportReachability } from './connectivity';

export { ApiError, isApiError, type ApiErrorKind } from './api-error';
export { configureApiClient } from './api-config';

/**
 * What the client needs of an endpoint of the registry (src/api-contract): its method, its path
 * template, its schemas and its query parameters. Call sites pass the registry's entry, so the
 * path, method, schemas and whether a key is required are written once, in the contract.
 */
export type CallableEndpoint = Pick<Endpoint, 'method' | 'path'> & {
  request?: z.ZodMiniType;
  response?: z.ZodMiniType;
  query?: readonly Pick<QueryParameter, 'name'>[];
};

/** `'/family/premiums/{id}'` → `'id'`. */
type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;

type QueryNames<E extends CallableEndpoint> = E extends { query: readonly (infer Q)[] }
  ? Q extends { name: infer N extends string }
    ? N
    : never
  : never;

type QueryValue = string | number | null | undefined;

export type ResponseOf<E extends CallableEndpoint> = E extends {
  response: infer S extends z.ZodMiniType;
}
  ? z.infer<S>
  : undefined;

type ParamsOption<E extends CallableEndpoint> = [PathParamNames<E['path']>] extends [never]
  ? { params?: never }
  : { params: Readonly<Record<PathParamNames<E['path']>, string>> };

type QueryOption<E extends CallableEndpoint> = [QueryNames<E>] extends [never]
  ? { query?: never }
  : { query?: Readonly<Partial<Record<QueryNames<E>, QueryValue>>> };

type BodyOption<E extends CallableEndpoint> = E extends { request: infer S extends z.ZodMiniType }
  ? { body: z.input<S> }
  : { body?: never };

/**
 * A mutation must name its idempotency key: one per user intent, made by the caller (see
 * intent-keys.ts) and reused on every retry of that intent, so a retry after a lost answer
 * cannot do the work twice. A key made here, per call, could not promise that.
 */
type KeyOption<E extends CallableEndpoint> = E['method'] extends 'GET'
  ? { idempotencyKey?: never }
  : { idempotencyKey: string };

export type CallOptions<E extends CallableEndpoint> = ParamsOption<E> &
  QueryOption<E> &
  BodyOption<E> &
  KeyOption<E> & { timeoutMs?: number; signal?: AbortSignal };

/** Options may be left out only when nothing in them is required. */
export type CallArgs<E extends CallableEndpoint> =
  Record<string, never> extends Required<Pick<CallOptions<E>, RequiredKeys<CallOptions<E>>>>
    ? [options?: CallOptions<E>]
    : [options: CallOptions<E>];

type RequiredKeys<T> = {
  [K in keyof T]-?: Record<string, never> extends Pick<T, K> ? never : K;
}[keyof T];

/** The path with its `{param}` templates filled in, and the query string. */
export function endpointUrl(
  endpoint: Pick<CallableEndpoint, 'path'>,
  params: Readonly<Record<string, string>> = {},
  query: Readonly<Record<string, QueryValue>> = {},
): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`${endpoint.path}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined) search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

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
export async function apiRequest<const E extends CallableEndpoint>(
  endpoint: E,
  ...[callOptions]: CallArgs<E>
): Promise<ResponseOf<E>> {
  // The conditional option types narrow only at call sites; inside, read them as their union.
  const options: {
    params?: Readonly<Record<string, string>>;
    query?: Readonly<Record<string, QueryValue>>;
    body?: unknown;
    idempotencyKey?: string;
    timeoutMs?: number;
    signal?: AbortSignal;
  } = callOptions ?? {};
  const { method } = endpoint;
  const path = endpointUrl(endpoint, options.params, options.query);
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

  if (!endpoint.response || response.status === 204) return undefined as ResponseOf<E>;

  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new ApiError('invalid-response', { status: response.status, cause });
  }
  const result = endpoint.response.safeParse(json);
  if (!result.success) {
    throw new ApiError('invalid-response', { status: response.status, cause: result.error });
  }
  return result.data as ResponseOf<E>;
}
