import { HttpResponse } from 'msw';
import { appConfig } from '@/lib/config';
import { currentFaults } from './db';
import { apiError } from './http-utils';

/**
 * Fault injection for every API request except the demo controls: what a support person sets
 * in the demo console to show how the app copes with a slow, flaky or absent backend. Two
 * kinds: before the work (nothing happens on the backend) and after it (the change is
 * committed, then the answer is lost or late: the case idempotency keys exist for).
 */
export type RandomSource = () => number;
export type DelayFn = (ms: number) => Promise<void>;
export type DeviceOfflineCheck = () => boolean | Promise<boolean>;
/** Awaited at every point where a real backend would yield to other requests; tests schedule it. */
export type YieldPoint = (request: Request) => Promise<void>;
/** Told which request's transaction starts, in the order they run; tests record it. */
export type WorkObserver = (request: Request) => void;

const defaultRandom: RandomSource = () => Math.random();
const defaultDelay: DelayFn = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const noYield: YieldPoint = () => Promise.resolve();

/**
 * The browser says it has no network. The mock runs inside the page, so without this check it
 * would keep answering while a real backend would be unreachable.
 */
export function isBrowserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

let random: RandomSource = defaultRandom;
let delay: DelayFn = defaultDelay;
let deviceOffline: DeviceOfflineCheck = isBrowserOffline;
let yieldPoint: YieldPoint = noYield;
let workObserver: WorkObserver | undefined;

/** A slow answer arrives this long after the request: past the client's timeout, by a margin. */
export const SLOW_RESPONSE_MS = appConfig.requestTimeoutMs + 2_000;

/**
 * Tests swap the dice, the wait and the yield points; the page's backend swaps the offline check
 * for one that also asks the network (see browser.ts); nothing else should.
 */
export function configureFaultRuntime(options: {
  random?: RandomSource;
  delay?: DelayFn;
  deviceOffline?: DeviceOfflineCheck;
  yieldPoint?: YieldPoint;
  onWork?: WorkObserver;
}): void {
  if (options.random) random = options.random;
  if (options.delay) delay = options.delay;
  if (options.deviceOffline) deviceOffline = options.deviceOffline;
  if (options.yieldPoint) yieldPoint = options.yieldPoint;
  if (options.onWork) workObserver = options.onWork;
}

export function resetFaultRuntime(): void {
  random = defaultRandom;
  delay = defaultDelay;
  deviceOffline = isBrowserOffline;
  yieldPoint = noYield;
  workObserver = undefined;
}

export function pause(request: Request): Promise<void> {
  return yieldPoint(request);
}

export function workStarts(request: Request): void {
  workObserver?.(request);
}

// random() is in [0, 1): a rate of 0 never fires and 100 always does.
const fires = (ratePercent: number): boolean => ratePercent > 0 && random() * 100 < ratePercent;

/**
 * The answer that replaces the real one (a network error or a 500), or undefined to let the
 * request reach its handler. Latency is awaited first, so a slow backend can also fail.
 */
export async function faultBeforeWork(): Promise<Response | undefined> {
  const faults = currentFaults();
  // An unreachable server fails at once; waiting first would only slow the demo down.
  if (faults.offline || (await deviceOffline())) return HttpResponse.error();
  if (faults.latencyMs > 0) await delay(faults.latencyMs);
  if (fires(faults.errorRate)) {
    return apiError('SERVER_ERROR', { message: 'Injected by the demo fault settings' });
  }
  return undefined;
}

/**
 * Runs after the work was committed: the answer may be lost (a network error, though the change
 * stands) or held past the client's timeout. Returns the network error, or undefined to answer.
 */
export async function faultAfterWork(): Promise<Response | undefined> {
  const faults = currentFaults();
  if (fires(faults.lostResponseRate)) return HttpResponse.error();
  if (fires(faults.slowResponseRate)) await delay(SLOW_RESPONSE_MS);
  return undefined;
}
