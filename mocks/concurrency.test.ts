import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installManualClock } from './clock';
import { http, HttpResponse } from 'msw';
import { currentFaults, readState, resetDb, transact } from './db';
import { configureFaultRuntime, pause, resetFaultRuntime, workStarts } from './faults';
import { server } from './node';
import { resetRandomBytes, seededBytes, setRandomBytes } from './random';
import { PERSONA_PHONES } from './seed';
import { recordsOf, type StoreRecords } from './store/store';
import { API_BASE } from './test-utils';

/**
 * Requests that touch the same records at once: codes for the same phones, right and wrong
 * guesses (a wrong guess counts an attempt: the classic lost update if read and write were apart),
 * sign-ins, sign-outs of the same session, persona switches against the session cap, fault
 * settings, and idempotency keys shared between requests (replays and conflicts).
 */
interface TestRequest {
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
  token?: string;
  key: string;
}

const T0 = Date.parse('2026-11-22T09:00:00+08:00');
const PHONES = [PERSONA_PHONES['cq-retiree'], PERSONA_PHONES['fz-employee'], '13511112222'];
const RIGHT = '123456';
const TOKENS = ['tok-cq-000000000000000000', 'tok-fz-000000000000000000'];

const keyArb = fc.oneof(
  fc.constantFrom('shared-1', 'shared-2'),
  fc.uuid().map((u) => `own-${u}`),
);

const requestArb: fc.Arbitrary<TestRequest> = fc.oneof(
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

/** Every run starts here: known codes (one already guessed at 3 times), two sessions. */
function prepare(seed: number): void {
  resetDb();
  // The fault settings the requests change stay under 6 %, so these dice never fire them.
  configureFaultRuntime({ random: () => 0.99 });
  installManualClock(T0);
  setRandomBytes(seededBytes(seed));
  transact((tx) => {
    for (const phone of PHONES) {
      tx.smsCodes.put({ id: phone, code: RIGHT, sentAtMs: T0 - 61_000, failedAttempts: 3 });
    }
    tx.sessions.put({ id: TOKENS[0] ?? '', personId: 'user-cq-0001', createdAtMs: T0 - 1 });
    tx.sessions.put({ id: TOKENS[1] ?? '', personId: 'user-fz-0001', createdAtMs: T0 - 2 });
  });
}

async function send(request: TestRequest, index: number): Promise<string> {
  const headers = new Headers({
    'Content-Type': 'application/json',
    'Idempotency-Key': request.key,
    'X-Test-Request': String(index),
  });
  if (request.token) headers.set('Authorization', `Bearer ${request.token}`);
  const response = await fetch(`${API_BASE}${request.path}`, {
    method: request.method,
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  return `${response.status} ${await response.text()}`;
}

const indexOf = (request: Request): number => Number(request.headers.get('X-Test-Request'));

describe('concurrent requests', () => {
  it('end in the state of some serial order, with the answers of that order (1,000 interleavings)', async () => {
    let totalRequests = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(requestArb, { minLength: 2, maxLength: 5 }),
        fc.integer(),
        fc.scheduler(),
        async (requests, seed, scheduler) => {
          totalRequests += requests.length;
          // Concurrently, with the scheduler choosing who goes on at every yield point.
          prepare(seed);
          const order: number[] = [];
          configureFaultRuntime({
            yieldPoint: () => scheduler.schedule(Promise.resolve()),
            onWork: (request) => order.push(indexOf(request)),
          });
          const answers = await scheduler.waitFor(Promise.all(requests.map(send)));
          const concurrentState: StoreRecords = recordsOf(readState());
          resetFaultRuntime();

          // The witness: the same requests one after another, in the order their work ran.
          expect([...order].sort((a, b) => a - b)).toEqual(requests.map((_, i) => i));
          prepare(seed);
          const serialAnswers: string[] = [];
          for (const index of order) {
            const request = requests[index];
            if (request === undefined) throw new Error(`no request ${index}`);
            serialAnswers[index] = await send(request, index);
          }
          expect(recordsOf(readState())).toEqual(concurrentState);
          expect(serialAnswers).toEqual(answers);
        },
      ),
      { numRuns: 1_000 },
    );
    resetRandomBytes();
    console.log(
      `interleavings: 1000 runs, ${totalRequests} concurrent requests, each matched by a serial order`,
    );
  }, 120_000);

  it('would catch a handler that reads, awaits, then writes (the check can fail)', async () => {
    // A lost update on purpose: the read and the write are two transactions with a yield between.
    server.use(
      http.post('*/api/test/increment', async ({ request }) => {
        const before = currentFaults().latencyMs;
        await pause(request);
        transact((tx) => {
          workStarts(request);
          tx.faults.update('current', (f) => ({ ...f, latencyMs: before + 1 }));
        });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const increment: TestRequest = { method: 'POST', path: '/test/increment', body: {}, key: 'k' };
    await expect(
      fc.assert(
        fc.asyncProperty(fc.scheduler(), async (scheduler) => {
          prepare(1);
          configureFaultRuntime({ yieldPoint: () => scheduler.schedule(Promise.resolve()) });
          await scheduler.waitFor(Promise.all([increment, increment].map(send)));
          resetFaultRuntime();
          expect(currentFaults().latencyMs).toBe(2);
        }),
        { numRuns: 50 },
      ),
    ).rejects.toThrow(/Property failed/);
  });
});
