import { chinaDateOf } from '@/rules/dates';

/**
 * The mock backend's only source of time. Tests swap it to move time (code expiry, resend
 * windows) without fake timers, which would also freeze the latency delays and msw internals.
 */
export type Clock = () => number;

const systemClock: Clock = () => Date.now();
let current: Clock = systemClock;

/** Milliseconds since the epoch, from the installed clock. */
export function now(): number {
  return current();
}

/**
 * The backend's calendar day in China, YYYY-MM-DD, on the installed clock: the one "today" of
 * every age, window and validity rule of the mocks, whatever zone the machine is set to.
 */
export function chinaToday(): string {
  return chinaDateOf(now());
}

export function setClock(clock: Clock): void {
  current = clock;
}

export function resetClock(): void {
  current = systemClock;
}

export interface ManualClock {
  now: () => number;
  advance: (ms: number) => void;
  set: (epochMs: number) => void;
}

/** Installs a clock that moves only when told to; starts at `startMs` (default: real now). */
export function installManualClock(startMs: number = Date.now()): ManualClock {
  let time = startMs;
  const clock: ManualClock = {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    set: (epochMs) => {
      time = epochMs;
    },
  };
  setClock(clock.now);
  return clock;
}
