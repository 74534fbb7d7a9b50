import type * as z from 'zod/mini';
import type { ApiErrorCode } from './common';

/** What describes one endpoint of the API (the registry of all of them is ./endpoints). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EndpointError {
  status: number;
  codes: readonly ApiErrorCode[];
  description: string;
}

/** A query-string parameter, described for the OpenAPI document (values arrive as text). */
export interface QueryParameter {
  name: string;
  description: string;
  required?: boolean;
  schema: {
    type: 'string' | 'number' | 'integer';
    enum?: readonly string[];
    minimum?: number;
    maximum?: number;
    maxLength?: number;
    pattern?: string;
  };
}

/**
 * A `{name}` in an endpoint's path. Its pattern is published, so a client generator or a fuzzer
 * can make values that could name something, and a backend refuses any other value before it
 * looks anything up.
 */
export interface PathParameter {
  description: string;
  /** A string schema with the pattern (`z.regex`) of every value that can name something. */
  schema: z.ZodMiniString;
  /**
   * The answer to a value that breaks `schema`. By default NOT_FOUND, as for an unknown id: such
   * a value names nothing, and a caller must not learn more from it than from any other miss.
   */
  invalid?: ApiErrorCode;
}

export interface Endpoint {
  /** OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  /** Needs `Authorization: Bearer <token>` from a sign-in. */
  auth: boolean;
  /** Every `{name}` of `path`, described (the demo backend will not route a path without). */
  params?: Readonly<Record<string, PathParameter>>;
  /** Query-string parameters (GET lists); the handler parses them. */
  query?: readonly QueryParameter[];
  /** A JSON request body, validated against this schema (400 BAD_REQUEST otherwise). */
  request?: z.ZodMiniType;
  /** The 2xx JSON body; absent for 204 No Content. */
  response?: z.ZodMiniType;
  status: 200 | 201 | 204;
  /** Answers other than the ones every endpoint may give (see COMMON_ERRORS). */
  errors: readonly EndpointError[];
  /**
   * Ends the session of the token sent (needs `auth` and a 204). A token that names no session
   * (unknown, expired or signed out already) gets the same 204, not 401: that session has ended,
   * which is all the caller asked for, and a retried sign-out whose first answer was lost must
   * not fail. Only a request with no bearer token at all is 401.
   */
  endsSession?: true;
  /** Answered only by the demo backend; not part of the published API. */
  demoOnly?: true;
}

/** A mutation: needs an Idempotency-Key, and a repeat with the same key replays the first answer. */
export function isMutation(endpoint: Pick<Endpoint, 'method'>): boolean {
  return endpoint.method !== 'GET';
}

/** Answers any endpoint may give, besides its own. */
export const COMMON_ERRORS: readonly EndpointError[] = [
  { status: 500, codes: ['SERVER_ERROR'], description: 'The server failed; nothing was changed.' },
];
export const AUTH_ERRORS: readonly EndpointError[] = [
  {
    status: 401,
    codes: ['UNAUTHENTICATED'],
    description: 'No session token, or one that is unknown or signed out.',
  },
];
// Where an unknown token is the success answer (`endsSession`), only a missing one is refused.
const END_SESSION_AUTH_ERRORS: readonly EndpointError[] = [
  {
    status: 401,
    codes: ['UNAUTHENTICATED'],
    description:
      'No bearer token at all. A token that names no session (unknown, expired or signed out already) is answered 204: that session has ended.',
  },
];
export const MUTATION_ERRORS: readonly EndpointError[] = [
  {
    status: 400,
    codes: ['IDEMPOTENCY_KEY_MISSING', 'IDEMPOTENCY_KEY_INVALID', 'BAD_REQUEST'],
    description:
      'No Idempotency-Key, or one longer than 255 characters or with spaces or control characters (IDEMPOTENCY_KEY_*); where the endpoint takes a body, a body that is not JSON or breaks the schema (BAD_REQUEST).',
  },
  {
    status: 422,
    codes: ['IDEMPOTENCY_KEY_REUSED'],
    description: 'The Idempotency-Key was used for a request with another method, path or body.',
  },
];

// For an endpoint that takes a body but is no mutation (MUTATION_ERRORS lists BAD_REQUEST already).
const BODY_ERROR: EndpointError = {
  status: 400,
  codes: ['BAD_REQUEST'],
  description: 'The body is not JSON or breaks the request schema.',
};

function withoutCode(error: EndpointError, code: ApiErrorCode): EndpointError {
  return { ...error, codes: error.codes.filter((c) => c !== code) };
}

/**
 * Every answer but success an endpoint may give: its own first, then the shared ones. The
 * OpenAPI document publishes these, and the demo backend takes an error's status from them.
 */
export function declaredErrors(endpoint: Endpoint): EndpointError[] {
  const hasBody = endpoint.request !== undefined;
  // BAD_REQUEST is the answer to a bad body, so an endpoint that takes none cannot give it.
  const mutationErrors = isMutation(endpoint)
    ? MUTATION_ERRORS.map((error) => (hasBody ? error : withoutCode(error, 'BAD_REQUEST')))
    : [];
  const errors = [
    ...endpoint.errors,
    ...(endpoint.auth ? (endpoint.endsSession ? END_SESSION_AUTH_ERRORS : AUTH_ERRORS) : []),
    ...mutationErrors,
    ...COMMON_ERRORS,
  ].filter((error) => error.codes.length > 0);
  if (hasBody && !errors.some((error) => error.codes.includes('BAD_REQUEST'))) {
    errors.push(BODY_ERROR);
  }
  return errors;
}
