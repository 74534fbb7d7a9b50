import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installManualClock } from './clock';
import { http, HttpResponse } from 'msw';
import { currentFaults, readState, resetDb, transact } from './db';
import { configureFaultRuntime, pause, resetFaultRuntime, workStarts } from './faults';
import { server } from './node';
import { resetRandomBytes, seededBytes, setRandomBytes } from './random';
import {
  indexOf,
  prepareRecords,
  requestArb,
  T0,
  toRequest,
  type TestRequest,
} from './concurrency-requests';
import { recordsOf, type StoreRecords } from './store/store';
import { API_BASE } from './test-utils';

/** Every run starts here: known codes (one already guessed at 3 times), two sessions. */
function prepare(seed: number): void {
  resetDb();
  // The fault settings the requests change stay under 6 %, so these dice never fire them.
  configureFaultRuntime({ random: () => 0.99 });
  installManualClock(T0);
  setRandomBytes(seededBytes(seed));
  transact(prepareRecords);
}

async function send(request: TestRequest, index: number): Promise<string> {
  const response = await fetch(toRequest(API_BASE, request, index));
  return `${response.status} ${await response.text()}`;
}

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
