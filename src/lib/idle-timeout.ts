/**
 * The idle sign-out time, as a tiny external store: the demo console can shorten it, and a
 * signed-in screen that is already counting must follow the change at once, not after a reload.
 */

const DEFAULT_IDLE_TIMEOUT_MS = 15 * 60 * 1000;
// Support staff (and e2e) shorten the idle timeout in demo mode without a rebuild; the key
// holds a number, never personal data.
export const IDLE_TIMEOUT_OVERRIDE_KEY = 'ybt.demo.idleTimeoutMs';

/** The warning's longest stretch; it is also what every production timeout gets. */
const WARNING_MS = 60 * 1000;

function positiveNumber(value: string | null | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function readOverride(): string | null {
  try {
    return typeof localStorage === 'undefined'
      ? null
      : localStorage.getItem(IDLE_TIMEOUT_OVERRIDE_KEY);
  } catch {
    return null;
  }
}

export function idleTimeoutMs(): number {
  const configured = positiveNumber(import.meta.env.VITE_IDLE_TIMEOUT_MS, DEFAULT_IDLE_TIMEOUT_MS);
  // The build constant rather than a runtime flag, so the production bundler drops the override
  // (and its storage key) altogether: nobody can shorten a real person's session from storage.
  if (!__DEMO__) return configured;
  return positiveNumber(readOverride(), configured);
}

/**
 * How long the warning shows before sign-out: the last minute, so an older person has time to
 * read it and tap; a timeout under two minutes (only the demo console sets one) warns for its
 * second half. Either way never less than 30 s unless the whole timeout is under a minute.
 */
export function idleWarningMs(timeoutMs: number): number {
  return Math.min(WARNING_MS, Math.round(timeoutMs / 2));
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  // Another tab changed it in the demo console.
  if (event.key === IDLE_TIMEOUT_OVERRIDE_KEY || event.key === null) notify();
}

export function subscribeIdleTimeout(listener: () => void): () => void {
  // Only the demo console changes the timeout: a production build has nothing to follow.
  if (!__DEMO__) return () => undefined;
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Demo console only: a shorter timeout for showing the warning, or null for the default. */
export function setIdleTimeoutOverride(ms: number | null): void {
  try {
    if (ms === null) localStorage.removeItem(IDLE_TIMEOUT_OVERRIDE_KEY);
    else localStorage.setItem(IDLE_TIMEOUT_OVERRIDE_KEY, String(ms));
  } catch {
    // Storage refused (private mode): the default stays, which is the safe side.
  }
  notify();
}

export function idleTimeoutOverride(): number | null {
  const ms = Number(readOverride());
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}
