import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import type { ApiErrorBody, ApiErrorCode } from '@/api-contract/common';

/**
 * Everything the mock backend serves lives under `/api/` at the origin root (the demo build's
 * API base). Specific handlers use `*\/api/...` so any origin matches (the page's, or
 * http://localhost in Vitest).
 */
export function isApiRequest(request: Request): boolean {
  return new URL(request.url).pathname.startsWith('/api/');
}

/** Demo controls must keep working while faults are on, or nobody could switch them off. */
export function isDemoControlRequest(request: Request): boolean {
  return new URL(request.url).pathname.startsWith('/api/__demo/');
}

/**
 * A 2xx JSON body that is checked against the contract before it leaves, so a mock that drifts
 * from the contract fails loudly in tests instead of teaching the app a shape production lacks.
 */
export function jsonResponse<S extends z.ZodMiniType>(
  schema: S,
  body: z.input<S>,
  init: { status?: number } = {},
): Response {
  const checked = schema.parse(body);
  return HttpResponse.json(checked as z.output<S> & object, { status: init.status ?? 200 });
}

export function apiError(
  status: number,
  code: ApiErrorCode,
  options: { message?: string; retryAfterSeconds?: number } = {},
): Response {
  const body: ApiErrorBody = { code };
  if (options.message !== undefined) body.message = options.message;
  const headers = new Headers();
  if (options.retryAfterSeconds !== undefined) {
    body.retryAfterSeconds = options.retryAfterSeconds;
    headers.set('Retry-After', String(options.retryAfterSeconds));
  }
  return HttpResponse.json(body, { status, headers });
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

/** The parsed JSON body, or undefined when there is none or it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}

/** Hex from the platform's CSPRNG; `crypto.randomUUID` is missing on plain-HTTP LAN demos. */
export function randomHex(bytes: number): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
}
