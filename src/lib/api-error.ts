/** Every failure of an API call becomes an ApiError; screens translate its `i18nKey`. */
export type ApiErrorKind =
  'offline' | 'network' | 'timeout' | 'http' | 'invalid-response' | 'session-expired';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly attemptsLeft: number | undefined;

  constructor(
    kind: ApiErrorKind,
    options: {
      status?: number;
      code?: string;
      retryAfterSeconds?: number;
      attemptsLeft?: number;
      cause?: unknown;
    } = {},
  ) {
    super(
      `API ${kind}${options.status ? ` ${options.status}` : ''}${options.code ? ` ${options.code}` : ''}`,
      {
        cause: options.cause,
      },
    );
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.code = options.code;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.attemptsLeft = options.attemptsLeft;
  }

  /** The i18n key of the message a person sees. */
  get i18nKey(): string {
    if (this.kind === 'http' && this.code) return `errors.api.${this.code}`;
    if (this.kind === 'http' && this.status !== undefined && this.status >= 500)
      return 'errors.server';
    if (this.kind === 'http') return 'errors.http';
    return `errors.${this.kind}`;
  }

  /** Whether trying the same request again can help. */
  get retryable(): boolean {
    return this.kind !== 'session-expired' && !(this.kind === 'http' && this.status === 400);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
