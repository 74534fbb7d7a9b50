import { http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import type * as z from 'zod/mini';
import { IDEMPOTENT_REPLAY_HEADER } from '@/api-contract/common';
import {
  endpoints,
  isMutation,
  type Endpoint,
  type HttpMethod,
  type PathParameter,
} from '@/api-contract/endpoints';
import { now } from './clock';
import { exclusive, transact } from './db';
import { faultAfterWork, faultBeforeWork, pause, workStarts } from './faults';
import { declaredStatus, registryStatus } from './error-statuses';
import { DomainError } from './domain-error';
import {
  apiError,
  bearerToken,
  errorReply,
  fail,
  noContent,
  toResponse,
  type Answer,
  type Reply,
} from './http-utils';
import {
  idempotencyScope,
  lookupIdempotency,
  readIdempotencyKey,
  rememberIdempotency,
  requestFingerprint,
} from './idempotency';
import { grantHolds } from './reauth-grants';
import type { Tx } from './store/store';

type BodyOf<E extends Endpoint> = E['request'] extends z.ZodMiniType
  ? z.output<E['request']>
  : undefined;

export interface SignedIn {
  token: string;
  personId: string;
}

export interface HandlerContext<E extends Endpoint> {
  tx: Tx;
  body: BodyOf<E>;
  /** The signed-in person; the pipeline answers 401 before the handler when there is none. */
  session: E['auth'] extends true ? SignedIn : null;
  params: Readonly<Record<string, string>>;
  request: Request;
}

export interface RouteOptions<E extends Endpoint = Endpoint> {
  /** The answer to a JSON body that breaks the request schema (default: 400 BAD_REQUEST). */
  invalidBody?: (raw: unknown, issue: string) => Answer;
  /**
   * A money move: the body's `reauthGrant` must be a re-authentication grant of this session
   * that has not expired (403 REAUTH_REQUIRED otherwise), checked after the schema and before
   * the handler, in the same transaction.
   */
  reauth?: BodyOf<E> extends { reauthGrant: string } ? true : never;
  /**
   * A one-shot demo fault, asked when the request arrives: when it answers true the request is
   * carried out and committed as usual, then the caller gets a network error instead of the
   * answer (see family-demo.ts).
   */
  loseAnswer?: () => boolean;
}

// Dev and tests refuse an error code the routed endpoint does not declare: the contract, the
// OpenAPI document and the client's error handling would not know it. The demo build answers
// it with the status the registry gives the code, rather than break a demo.
const STRICT_CODES = import.meta.env.DEV;

/** A handler's answer with its status: a refusal takes the one its endpoint declares. */
export function replyFor(endpoint: Endpoint, answer: Answer): Reply {
  if (!(answer instanceof DomainError)) return answer;
  const status = declaredStatus(endpoint, answer.code);
  if (status !== undefined) return errorReply(answer, status);
  const problem = `${endpoint.id} answered ${answer.code}, which its contract does not declare`;
  if (STRICT_CODES) throw new Error(problem);
  console.warn(`[mock backend] ${problem}`);
  return errorReply(answer, registryStatus(answer.code));
}

/** Each `{name}` of the path with its description; a path parameter nobody described is a bug. */
function declaredPathParameters(endpoint: Endpoint): [string, PathParameter][] {
  return [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => {
    const parameter = endpoint.params?.[name];
    if (parameter === undefined) {
      throw new Error(`${endpoint.id} does not describe its path parameter ${name}`);
    }
    return [name, parameter];
  });
}

function mswPath(endpoint: Endpoint): string {
  return `*/api${endpoint.path.replace(/\{(\w+)\}/g, ':$1')}`;
}

const METHODS = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
} as const;

type BodyRead = { ok: true; raw: unknown } | { ok: false; reply: Answer };

async function readBody(request: Request): Promise<BodyRead> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, raw: undefined };
  try {
    return { ok: true, raw: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reply: fail('BAD_REQUEST', { message: 'The body must be JSON' }) };
  }
}

/**
 * One endpoint of the demo backend: its handler holds only the resource's logic, and the layers
 * every endpoint shares wrap it here, in this order:
 *
 * 0. a one-shot "answer lost" fault, where the route declares one (`loseAnswer`);
 * 1. faults before the work (offline, latency, injected 500), except for the demo controls;
 * 2. the body is read and parsed as JSON (400 when it is not);
 * 3. one synchronous transaction: session (401; a 204 instead where the endpoint ends the
 *    session and the token names none), idempotency key (400), stored answer (replay or 422),
 *    schema (400), re-authentication where declared (`reauth`, 403), path ids that break their
 *    pattern (the answer to an unknown id), the handler, and the answer stored with the key
 *    beside the change; a refusal takes the status the endpoint declares for its code; a
 *    handler that throws leaves the store untouched and the caller gets a 500;
 * 4. faults after the work (answer lost or late), except for the demo controls.
 */
export function route<E extends Endpoint>(
  endpoint: E,
  handle: (ctx: HandlerContext<E>) => Answer,
  options: RouteOptions<E> = {},
): HttpHandler {
  const demoControl = endpoint.demoOnly === true;
  // The demo controls answer whatever the faults, or nobody could switch them off; they are
  // not the API, so they take no idempotency key either.
  const idempotent = isMutation(endpoint) && !demoControl;
  // A grant belongs to a session: without one the check could only pass everyone by.
  if (options.reauth === true && !endpoint.auth) {
    throw new Error(`${endpoint.id} asks for re-authentication but takes no session`);
  }
  // A token that names no session gets the success answer, which is then a body-less 204.
  const endsSession = endpoint.endsSession === true;
  if (endsSession && (!endpoint.auth || endpoint.status !== 204 || endpoint.response)) {
    throw new Error(`${endpoint.id} ends a session but is no signed-in 204`);
  }
  const pathParameters = declaredPathParameters(endpoint);

  return METHODS[endpoint.method](mswPath(endpoint), async ({ request, params }) => {
    // Taken on arrival, so the fault is spent on this request whatever becomes of it.
    const lost = options.loseAnswer?.() === true;
    const response = await answer(request, params);
    return lost ? HttpResponse.error() : response;
  });

  async function answer(request: Request, params: PathParams): Promise<Response> {
    if (!demoControl) {
      const fault = await faultBeforeWork();
      if (fault) return fault;
    }
    await pause(request);
    const body = endpoint.request || idempotent ? await readBody(request) : undefined;
    await pause(request);
    const path = new URL(request.url).pathname;

    let replayed = false;
    let reply: Reply;
    try {
      reply = await exclusive(
        () =>
          transact((tx): Reply => {
            const settle = (answer: Answer): Reply => replyFor(endpoint, answer);
            workStarts(request);
            let session: SignedIn | null = null;
            const token = bearerToken(request);
            if (endpoint.auth) {
              const record = token === null ? undefined : tx.sessions.get(token);
              if (record !== undefined && tx.persons.has(record.personId) && token !== null) {
                session = { token, personId: record.personId };
              } else if (token === null || !endsSession) {
                return settle(
                  fail('UNAUTHENTICATED', { message: 'Missing or unknown session token' }),
                );
              }
            }

            let key: string | undefined;
            if (idempotent) {
              const read = readIdempotencyKey(request);
              if ('reply' in read) return settle(read.reply);
              key = read.key;
            }
            if (body !== undefined && !body.ok) return settle(body.reply);
            const raw = body?.raw;

            // A request that ends its own session is found again by its token: its repeat comes
            // when the session, and so the person, is gone.
            const scope =
              endsSession && token !== null
                ? `token:${token}`
                : idempotencyScope(session?.personId ?? null);
            const fingerprint = requestFingerprint(endpoint.method, path, raw);
            if (key !== undefined) {
              const earlier = lookupIdempotency(tx, scope, key, fingerprint, now());
              if (earlier && 'replay' in earlier) {
                replayed = true;
                return earlier.replay;
              }
              if (earlier) return settle(earlier.reply);
            }
            const remember = (answer: Answer): Reply => {
              const settled = settle(answer);
              if (key !== undefined)
                rememberIdempotency(tx, scope, key, fingerprint, settled, now());
              return settled;
            };
            if (endpoint.auth && session === null && endsSession) return remember(noContent());

            let parsed: unknown = undefined;
            if (endpoint.request) {
              const result = endpoint.request.safeParse(raw);
              if (!result.success) {
                const issue = result.error.issues
                  .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
                  .join('; ');
                return settle(
                  options.invalidBody?.(raw, issue) ??
                    fail('BAD_REQUEST', { message: `The body breaks the schema: ${issue}` }),
                );
              }
              parsed = result.data;
            }

            if (options.reauth === true && session !== null) {
              const grant = (parsed as { reauthGrant: string }).reauthGrant;
              if (!grantHolds(tx, session, grant, now())) {
                return remember(fail('REAUTH_REQUIRED', { message: 'Verify your identity again' }));
              }
            }

            // Where a handler would look the id up and miss: the same answer, from the contract.
            const pathParams = params as Record<string, string>;
            for (const [name, parameter] of pathParameters) {
              const value = pathParams[name] ?? '';
              if (!parameter.schema.safeParse(value).success) {
                return remember(
                  fail(parameter.invalid ?? 'NOT_FOUND', {
                    message: `${name}: ${JSON.stringify(value)} breaks its pattern, so it names nothing`,
                  }),
                );
              }
            }

            const answer = handle({
              tx,
              body: parsed as BodyOf<E>,
              session: session as HandlerContext<E>['session'],
              params: pathParams,
              request,
            });
            return remember(answer);
          }),
        request,
      );
    } catch (error) {
      // Nothing was committed: the transaction threw before its end.
      console.error(`[mock backend] ${endpoint.method} ${path} failed`, error);
      return toResponse(
        replyFor(endpoint, fail('SERVER_ERROR', { message: 'The demo backend failed' })),
      );
    }

    await pause(request);
    if (reply.loseAnswer === true && !replayed) return HttpResponse.error();
    if (!demoControl) {
      const fault = await faultAfterWork();
      if (fault) return fault;
    }
    return toResponse(reply, replayed ? { [IDEMPOTENT_REPLAY_HEADER]: 'true' } : {});
  }
}

// OpenAPI's order of a path's operations, for the Allow header.
const ALLOW_ORDER: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'];

interface RegistryPath {
  /** Concrete paths under /api/ of one template, a trailing slash allowed as msw allows it. */
  pattern: RegExp;
  methods: readonly HttpMethod[];
}

function registryPaths(registry: readonly Endpoint[]): RegistryPath[] {
  const byTemplate = new Map<string, HttpMethod[]>();
  for (const { path, method } of registry) {
    byTemplate.set(path, [...(byTemplate.get(path) ?? []), method]);
  }
  return [...byTemplate].map(([template, methods]) => {
    const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+');
    return { pattern: new RegExp(`^/api${escaped}/?$`), methods };
  });
}

/**
 * Last in the list: a request under /api/ that no endpoint took, in the contract's error shape.
 * On a path of the registry it used a method the path does not have: 405 with an `Allow` header
 * of the ones it has (RFC 9110, 15.5.6), taken from the registry so it cannot drift from the
 * routes. Any other path is 404. Requests outside /api/ are not matched, so msw passes them on.
 */
export function unmatchedRoute(
  registry: readonly Endpoint[] = Object.values(endpoints),
): HttpHandler {
  const paths = registryPaths(registry);
  return http.all('*/api/*', async ({ request }) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith('/api/')) return undefined;
    if (!pathname.startsWith('/api/__demo/')) {
      const fault = await faultBeforeWork();
      if (fault) return fault;
    }
    const methods = paths.filter((p) => p.pattern.test(pathname)).flatMap((p) => p.methods);
    if (methods.length === 0) {
      return apiError('NOT_FOUND', {
        message: `The demo backend has no ${request.method} ${pathname}`,
      });
    }
    const allow = ALLOW_ORDER.filter((method) => methods.includes(method)).join(', ');
    // An answer to HEAD has no body, whatever its status.
    if (request.method === 'HEAD') {
      return new HttpResponse(null, { status: 405, headers: { Allow: allow } });
    }
    // NOT_FOUND: there is no such operation. A code of its own would give the app a message to
    // show for a request it never makes.
    const refusal = fail('NOT_FOUND', {
      message: `${request.method} ${pathname} is no operation of the API; Allow: ${allow}`,
    });
    return toResponse(errorReply(refusal, 405), { Allow: allow });
  });
}
