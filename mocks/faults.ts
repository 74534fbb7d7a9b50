import { HttpResponse } from 'msw';
import { getDb } from './db';
import { apiError } from './http-utils';

/**
 * Fault injection for every API request except the demo controls: what a support person sets
 * in the demo console to show how the app copes with a slow, flaky or absent backend.
 */
export type RandomSource = () => number;
export type DelayFn = (ms: number) => Promise<void>;
export type DeviceOfflineCheck = () => boolean | Promise<boolean>;

const defaultRandom: RandomSource = () => Math.random();
const defaultDelay: DelayFn = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let random: RandomSource = defaultRandom;
/**
 * The browser says it has no network. The mock runs inside the page, so without this check it
 * would keep answering while a real backend would be unreachable.
 */
export function isBrowserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

let delay: DelayFn = defaultDelay;
let deviceOffline: DeviceOfflineCheck = isBrowserOffline;

/**
 * Tests swap the dice and the wait; the page's backend swaps the offline check for one that also
 * asks the network (see browser.ts); nothing else should.
 */
export function configureFaultRuntime(options: {
  random?: RandomSource;
  delay?: DelayFn;
  deviceOffline?: DeviceOfflineCheck;
}): void {
  if (options.random) random = options.random;
  if (options.delay) delay = options.delay;
  if (options.deviceOffline) deviceOffline = options.deviceOffline;
}

export function resetFaultRuntime(): void {
  random = defaultRandom;
  delay = defaultDelay;
  deviceOffline = isBrowserOffline;
}

/**
 * The response that replaces the real one (a network error or a 500), or undefined to let the
 * request reach its handler. Latency is awaited first, so a slow backend can also fail.
 */
export async function applyFaults(): Promise<Response | undefined> {
  const { faults } = getDb();
  // An unreachable server fails at once; waiting first would only slow the demo down.
  if (faults.offline || (await deviceOffline())) return HttpResponse.error();

  if (faults.latencyMs > 0) await delay(faults.latencyMs);

  // random() is in [0, 1): a rate of 0 never fires and 100 always does.
  if (random() * 100 < faults.errorRate) {
    return apiError(500, 'SERVER_ERROR', { message: 'Injected by the demo fault settings' });
  }
  return undefined;
}
