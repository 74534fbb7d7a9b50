import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  indexOf,
  prepareRecords,
  requestArb,
  T0,
  toRequest,
  type TestRequest,
} from '../concurrency-requests';
import { memoryStorage } from '../memory-storage';
import type { RecordStorage } from '../persistence';
import { seededBytes } from '../random';
import { realmLock, type StateLock } from './backend-core';

/**
 * The property of mocks/concurrency.test.ts across two tabs: two copies of the demo backend
 * (two module graphs, as two workers have), each with its own memory, sharing only what two
 * tabs share in a browser: the stored records and the state lock. Conflicting requests sent
 * to either tab at once must end in the state, and with the answers, of some serial order
 * on one backend: the order in which their work ran.
 */

const BASE = 'http://localhost/api';

interface Knobs {
  yieldPoint: (request: Request) => Promise<void>;
  onWork: (request: Request) => void;
  draw: (count: number) => Uint8Array;
  now: number;
}

/** A tab: a fresh copy of every module of the backend, started on the shared storage and lock. */
async function openTab(storage: RecordStorage, lock: StateLock, knobs: Knobs) {
  vi.resetModules();
  const core = await import('./backend-core');
  const db = await import('../db');
  const faults = await import('../faults');
  const clock = await import('../clock');
  const random = await import('../random');
  const backend = await core.startBackendCore({ lock, storage });
  // Every tab draws from one stream and reads one clock, as the serial witness does.
  random.setRandomBytes((count) => knobs.draw(count));
  clock.setClock(() => knobs.now);
  faults.configureFaultRuntime({
    random: () => 0.99,
    yieldPoint: (request) => knobs.yieldPoint(request),
    onWork: (request) => knobs.onWork(request),
  });
  return {
    /** Back to the seed plus the prepared records, stored, as the demo reset would. */
    prepare: () =>
      db.exclusive(() => {
        db.resetDb();
        db.transact(prepareRecords);
      }),
    send: async (request: TestRequest, index: number) => {
      const response = await backend.handle(toRequest(BASE, request, index));
      return `${response.status} ${await response.text()}`;
    },
  };
}

describe('two tabs of one browser', () => {
  const lock = realmLock();
  const knobs: Knobs = {
    yieldPoint: () => Promise.resolve(),
    onWork: () => {},
    draw: seededBytes(1),
    now: T0,
  };
  const shared = memoryStorage();
  const alone = memoryStorage();
  // One after another: each needs the module registry to itself while it imports.
  const tabs = (async () => [
    await openTab(shared, lock, knobs),
    await openTab(shared, lock, knobs),
    await openTab(alone, realmLock(), knobs),
  ])();
  afterAll(() => vi.resetModules());

  it('end in the state of some serial order, with its answers (1,000 interleavings)', async () => {
    const [tabA, tabB, witness] = await tabs;
    if (!tabA || !tabB || !witness) throw new Error('tabs missing');
    let total = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(requestArb, fc.boolean()), { minLength: 2, maxLength: 5 }),
        fc.integer(),
        fc.scheduler(),
        async (sent, seed, scheduler) => {
          total += sent.length;
          knobs.yieldPoint = () => Promise.resolve();
          knobs.onWork = () => {};
          await tabA.prepare();
          knobs.draw = seededBytes(seed);
          const order: number[] = [];
          knobs.yieldPoint = () => scheduler.schedule(Promise.resolve());
          knobs.onWork = (request) => order.push(indexOf(request));
          const answers = await scheduler.waitFor(
            Promise.all(
              sent.map(([request, inB], index) => (inB ? tabB : tabA).send(request, index)),
            ),
          );
          knobs.yieldPoint = () => Promise.resolve();
          knobs.onWork = () => {};
          expect([...order].sort((a, b) => a - b)).toEqual(sent.map((_, i) => i));

          await witness.prepare();
          knobs.draw = seededBytes(seed);
          const serial: string[] = [];
          for (const index of order) {
            const entry = sent[index];
            if (entry === undefined) throw new Error(`no request ${index}`);
            serial[index] = await witness.send(entry[0], index);
          }
          expect(Object.fromEntries(shared.records())).toEqual(Object.fromEntries(alone.records()));
          expect(serial).toEqual(answers);
        },
      ),
      { numRuns: 1_000 },
    );
    console.log(
      `two tabs: 1000 runs, ${total} concurrent requests across two backends, each matched by a serial order`,
    );
  }, 300_000);

  it('would catch two tabs that do not share the lock (the check can fail)', async () => {
    const storage = memoryStorage();
    const tabA = await openTab(storage, realmLock(), knobs);
    const tabB = await openTab(storage, realmLock(), knobs);
    const wrongGuess = (key: string): TestRequest => ({
      method: 'POST',
      path: '/auth/login',
      body: { phone: '13800001111', code: '999999' },
      key,
    });
    await expect(
      fc.assert(
        fc.asyncProperty(fc.scheduler(), async (scheduler) => {
          knobs.yieldPoint = () => Promise.resolve();
          await tabA.prepare();
          knobs.yieldPoint = () => scheduler.schedule(Promise.resolve());
          await scheduler.waitFor(
            Promise.all([tabA.send(wrongGuess('a'), 0), tabB.send(wrongGuess('b'), 1)]),
          );
          knobs.yieldPoint = () => Promise.resolve();
          const code = storage.records().get('smsCodes/13800001111') as
            { failedAttempts: number } | undefined;
          // Two wrong guesses on top of three: five, or the code is gone at the limit.
          expect(code === undefined || code.failedAttempts === 5).toBe(true);
        }),
        { numRuns: 50 },
      ),
    ).rejects.toThrow(/Property failed/);
  });
});
