import type { ApiErrorCode } from '@/api-contract/common';

/** What an error answer says besides its code (the fields of the contract's error body). */
export interface ErrorDetails {
  message?: string;
  retryAfterSeconds?: number;
  attemptsLeft?: number;
}

/**
 * A refusal, as the domain and the handlers state it: a code of the contract and no HTTP status.
 * The route layer gives it the status the routed endpoint declares for that code (the same code
 * may mean 400 on one endpoint and 422 on another), so no status is typed twice. It is returned,
 * not thrown: a refusal is an answer, stored with its idempotency key like any other.
 */
export class DomainError<C extends ApiErrorCode = ApiErrorCode> {
  readonly code: C;
  readonly details: Readonly<ErrorDetails>;

  constructor(code: C, details: ErrorDetails = {}) {
    this.code = code;
    this.details = details;
  }
}

/** A domain operation's result: its value, or the refusal with its code. */
export type Outcome<T, C extends ApiErrorCode = ApiErrorCode> =
  { ok: true; value: T } | { ok: false; error: DomainError<C> };
