import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import type { ApiErrorBody, ApiErrorCode } from '@/api-contract/common';

/**
 * What a handler answers, before it becomes a Response: plain data, so the idempotency layer
 * can store it in the same transaction as the change it reports, and replay it later.
 */
export interface Reply {
  status: number;
  /** A JSON body, or undefined for 204. */
  body: unknown;
  headers?: Readonly<Record<string, string>>;
  /**
   * The demo's "answer lost" outcome of one request (a mobile payment): the change is committed
   * and stored with its key, then the caller gets a network error. Its repeat replays the answer.
   */
  loseAnswer?: true;
}

/**
 * A 2xx JSON answer that is checked against the contract before it leaves, so a mock that drifts
 * from the contract fails loudly in tests instead of teaching the app a shape production lacks.
 */
export function ok<S extends z.ZodMiniType>(schema: S, body: z.input<S>, status = 200): Reply {
  return { status, body: schema.parse(body) };
}

export function noContent(): Reply {
  return { status: 204, body: undefined };
}

/** A non-2xx answer in the contract's error shape. */
export function fail(
  status: number,
  code: ApiErrorCode,
  options: { message?: string; retryAfterSeconds?: number; attemptsLeft?: number } = {},
): Reply {
  const body: ApiErrorBody = { code };
  if (options.message !== undefined) body.message = options.message;
  if (options.attemptsLeft !== undefined) body.attemptsLeft = options.attemptsLeft;
  if (options.retryAfterSeconds === undefined) return { status, body };
  body.retryAfterSeconds = options.retryAfterSeconds;
  return { status, body, headers: { 'Retry-After': String(options.retryAfterSeconds) } };
}

export function toResponse(reply: Reply, extraHeaders: Record<string, string> = {}): Response {
  const headers = new Headers({ ...reply.headers, ...extraHeaders });
  if (reply.body === undefined) return new HttpResponse(null, { status: reply.status, headers });
  headers.set('Content-Type', 'application/json');
  return new HttpResponse(JSON.stringify(reply.body), { status: reply.status, headers });
}

export function apiError(
  status: number,
  code: ApiErrorCode,
  options: { message?: string; retryAfterSeconds?: number } = {},
): Response {
  return toResponse(fail(status, code, options));
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}
