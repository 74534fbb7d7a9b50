import { IntentKeys, outcomeUnknown } from '@/lib/intent-keys';
import { transact } from './db';
import { configureFaultRuntime } from './faults';

/*
 * What the randomized fault tests (family ledger, settlement) share: the backend's fault layer
 * driven by a seeded die (fail before the work, lose or delay the answer after it, hold a
 * request past the client's timeout before its transaction), and the client's side of an
 * intent (one key per intent, reused while the outcome is unknown; a double tap that got past
 * the screen's guard). Each test keeps its own actions and its own invariants.
 */

/** mulberry32: small, seedable, good enough to pick test actions. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type Outcome<T> =
  | { kind: 'success'; data: T; key: string }
  | { kind: 'failed'; code: string | undefined; key: string }
  | { kind: 'unknown'; key: string };

export interface Intent<T> {
  keys: IntentKeys;
  variables: unknown;
  send: (key: string) => Promise<T>;
  outcomes: Outcome<T>[];
}

interface HarnessOptions {
  seed: number;
  /** Each of "fail before", "answer lost" and "answer late" fires on this share of requests. */
  faultRatePercent: number;
  /** The share of requests held before their transaction, past the client's timeout. */
  holdRate: number;
  holdMs: number;
  /** Tries per intent before its outcome is left unknown. */
  maxTries: number;
}

export function createFaultHarness({
  seed,
  faultRatePercent,
  holdRate,
  holdMs,
  maxTries,
}: HarnessOptions) {
  const dice = prng(seed ^ 0x9e3779b9);
  /** Requests the backend has not finished with yet: wait for none before checking the store. */
  const held = new Set<Request>();
  const pauses = new WeakMap<Request, number>();
  const stats = { faultsInjected: 0, holdsInjected: 0, doubleTaps: 0 };
  let faultsOn = false;

  configureFaultRuntime({
    // All three fault rates are equal, so any draw below the rate is one injected fault.
    random: () => {
      const r = dice();
      if (r * 100 < faultRatePercent) stats.faultsInjected += 1;
      return r;
    },
    // A late answer comes after the client gave up; nothing else waits.
    delay: (ms) => sleep(ms > 1_000 ? holdMs : 0),
    yieldPoint: async (request) => {
      const count = (pauses.get(request) ?? 0) + 1;
      pauses.set(request, count);
      if (count === 1) {
        held.add(request);
        if (faultsOn && dice() < holdRate) {
          stats.holdsInjected += 1;
          await sleep(holdMs);
        }
      }
      // The third pause comes after the request's transaction: it is done with the store.
      if (count === 3) held.delete(request);
    },
  });

  const setFaults = (on: boolean) => {
    faultsOn = on;
    const rate = on ? faultRatePercent : 0;
    transact((tx) =>
      tx.faults.update('current', (f) => ({
        ...f,
        errorRate: rate,
        lostResponseRate: rate,
        slowResponseRate: rate,
      })),
    );
  };

  /** Until every request the backend took is done with the store. */
  const settled = async () => {
    while (held.size > 0) await sleep(2);
  };

  const intent = <T>(variables: unknown, send: (key: string) => Promise<T>): Intent<T> => ({
    keys: new IntentKeys(),
    variables,
    send,
    outcomes: [],
  });

  /** The client's retries: the same key while the outcome is unknown, then a verdict. */
  async function attempt<T>(i: Intent<T>): Promise<Outcome<T>> {
    for (let tries = 0; tries < maxTries; tries += 1) {
      const key = i.keys.keyFor(i.variables);
      try {
        const data = await i.send(key);
        i.keys.settle(null);
        const outcome: Outcome<T> = { kind: 'success', data, key };
        i.outcomes.push(outcome);
        return outcome;
      } catch (error) {
        i.keys.settle(error);
        if (!outcomeUnknown(error)) {
          const code = (error as { code?: string }).code;
          const outcome: Outcome<T> = { kind: 'failed', code, key };
          i.outcomes.push(outcome);
          return outcome;
        }
      }
    }
    const outcome: Outcome<T> = { kind: 'unknown', key: i.keys.keyFor(i.variables) };
    i.outcomes.push(outcome);
    return outcome;
  }

  /**
   * A double tap that got past the screen's guard: the same request, with the intent's key,
   * sent a second time while the first is under way. Its answer is recorded, not retried.
   */
  async function tapTwice<T>(i: Intent<T>): Promise<void> {
    stats.doubleTaps += 1;
    const key = i.keys.keyFor(i.variables);
    const second = i.send(key).then(
      (data): Outcome<T> => ({ kind: 'success', data, key }),
      (error: unknown): Outcome<T> =>
        outcomeUnknown(error)
          ? { kind: 'unknown', key }
          : { kind: 'failed', code: (error as { code?: string }).code, key },
    );
    await attempt(i);
    const outcome = await second;
    // An unknown second answer adds nothing: the intent's own attempts settle it.
    if (outcome.kind !== 'unknown') i.outcomes.push(outcome);
  }

  return { held, stats, setFaults, faultsOn: () => faultsOn, settled, intent, attempt, tapTwice };
}
