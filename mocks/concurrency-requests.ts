import fc from 'fast-check';
import { PERSONA_PHONES } from './seed';
import type { Tx } from './store/store';

/**
 * Requests that touch the same records at once: codes for the same phones, right and wrong
 * guesses (a wrong guess counts an attempt: the classic lost update if read and write were apart),
 * sign-ins, sign-outs of the same session, persona switches against the session cap, fault
 * settings, and idempotency keys shared between requests (replays and conflicts).
 */
export interface TestRequest {
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
  token?: string;
  key: string;
}

export const T0 = Date.parse('2026-11-22T09:00:00+08:00');
export const PHONES = [PERSONA_PHONES['cq-retiree'], PERSONA_PHONES['fz-employee'], '13511112222'];
export const RIGHT = '123456';
export const TOKENS = ['tok-cq-000000000000000000', 'tok-fz-000000000000000000'];

const keyArb = fc.oneof(
  fc.constantFrom('shared-1', 'shared-2'),
  fc.uuid().map((u) => `own-${u}`),
);

export const requestArb: fc.Arbitrary<TestRequest> = fc.oneof(
  fc.record({
    method: fc.constant('POST' as const),
    path: fc.constant('/auth/sms-code'),
    body: fc.constantFrom(...PHONES).map((phone) => ({ phone })),
    key: keyArb,
  }),
  fc.record({
    method: fc.constant('POST' as const),
    path: fc.constant('/auth/login'),
    body: fc.record({ phone: fc.constantFrom(...PHONES), code: fc.constantFrom(RIGHT, '999999') }),
    key: keyArb,
  }),
  fc.record({
    method: fc.constant('POST' as const),
    path: fc.constant('/auth/logout'),
    body: fc.constant(undefined),
    token: fc.constantFrom(...TOKENS),
    key: keyArb,
  }),
  fc.record({
    method: fc.constant('POST' as const),
    path: fc.constant('/__demo/persona'),
    body: fc.constantFrom('cq-retiree', 'fz-employee', 'ty-employee').map((personaId) => ({
      personaId,
    })),
    key: keyArb,
  }),
  fc.record({
    method: fc.constant('PUT' as const),
    path: fc.constant('/__demo/faults'),
    body: fc.integer({ min: 0, max: 5 }).map((n) => ({
      latencyMs: 0,
      errorRate: 0,
      offline: false,
      lostResponseRate: n,
      slowResponseRate: 0,
    })),
    key: keyArb,
  }),
);

/** The state every run starts from: known codes (one already guessed at 3 times), two sessions. */
export function prepareRecords(tx: Tx): void {
  for (const phone of PHONES) {
    tx.smsCodes.put({ id: phone, code: RIGHT, sentAtMs: T0 - 61_000, failedAttempts: 3 });
  }
  tx.sessions.put({ id: TOKENS[0] ?? '', personId: 'user-cq-0001', createdAtMs: T0 - 1 });
  tx.sessions.put({ id: TOKENS[1] ?? '', personId: 'user-fz-0001', createdAtMs: T0 - 2 });
}

/** The request as the app sends it; `X-Test-Request` names it for the order of the work. */
export function toRequest(base: string, request: TestRequest, index: number): Request {
  const headers = new Headers({
    'Content-Type': 'application/json',
    'Idempotency-Key': request.key,
    'X-Test-Request': String(index),
  });
  if (request.token) headers.set('Authorization', `Bearer ${request.token}`);
  return new Request(`${base}${request.path}`, {
    method: request.method,
    headers,
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
}

export const indexOf = (request: Request): number => Number(request.headers.get('X-Test-Request'));
