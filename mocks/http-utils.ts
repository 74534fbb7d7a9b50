import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import type { ApiErrorBody, ApiErrorCode } from '@/api-contract/common';
import { DomainError, type ErrorDetails } from './domain-error';
import { registryStatus } from './error-statuses';

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

/** What a handler returns: an answer, or a refusal the route layer gives its status. */
export type Answer = Reply | DomainError;

/**
 * A refusal with a code of the contract; its status comes from the endpoint being routed (see
 * route.ts), so a handler never types a status the contract already says.
 */
export function fail(code: ApiErrorCode, details: ErrorDetails = {}): DomainError {
  return new DomainError(code, details);
}

/** A refusal in the contract's error shape, with the status it has where it is answered. */
export function errorReply(error: DomainError, status: number): Reply {
  const { message, attemptsLeft, retryAfterSeconds } = error.details;
  const body: ApiErrorBody = { code: error.code };
  if (message !== undefined) body.message = message;
  if (attemptsLeft !== undefined) body.attemptsLeft = attemptsLeft;
  if (retryAfterSeconds === undefined) return { status, body };
  body.retryAfterSeconds = retryAfterSeconds;
  return { status, body, headers: { 'Retry-After': String(retryAfterSeconds) } };
}

export function toResponse(reply: Reply, extraHeaders: Record<string, string> = {}): Response {
  const headers = new Headers({ ...reply.headers, ...extraHeaders });
  if (reply.body === undefined) return new HttpResponse(null, { status: reply.status, headers });
  headers.set('Content-Type', 'application/json');
  return new HttpResponse(JSON.stringify(reply.body), { status: reply.status, headers });
}

/** An error Response outside any endpoint (faults before the work, an unknown path). */
export function apiError(code: ApiErrorCode, details: ErrorDetails = {}): Response {
  return toResponse(errorReply(fail(code, details), registryStatus(code)));
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}
