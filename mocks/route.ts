import { http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import type * as z from 'zod/mini';
import { IDEMPOTENT_REPLAY_HEADER } from '@/api-contract/common';
import { isMutation, type Endpoint } from '@/api-contract/endpoints';
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
   * The answer when a token is sent but names no session (default: 401). Logout answers 204:
   * a retried logout whose first answer was lost is already done.
   */
  unknownSession?: () => Answer;
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
 * 3. one synchronous transaction: session (401), idempotency key (400), stored answer (replay
 *    or 422), schema (400), re-authentication where declared (`reauth`, 403), the handler, and
 *    the answer stored with the key beside the change; a refusal takes the status the endpoint
 *    declares for its code; a handler that throws leaves the store untouched and the caller
 *    gets a 500;
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
              } else if (token === null || !options.unknownSession) {
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
              options.unknownSession && token !== null
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
            if (endpoint.auth && session === null && options.unknownSession) {
              return remember(options.unknownSession());
            }

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

            const answer = handle({
              tx,
              body: parsed as BodyOf<E>,
              session: session as HandlerContext<E>['session'],
              params: params as Record<string, string>,
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

/** Last in the list: an API path without a handler gets a 404 in the contract's error shape. */
export function notFoundRoute(): HttpHandler {
  return http.all('*/api/*', async ({ request }) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith('/api/')) return undefined;
    if (!pathname.startsWith('/api/__demo/')) {
      const fault = await faultBeforeWork();
      if (fault) return fault;
    }
    return apiError('NOT_FOUND', {
      message: `The demo backend has no ${request.method} ${pathname}`,
    });
  });
}
