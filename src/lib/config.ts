/** Runtime configuration. Build-time values come from Vite's `define` (see vite.config.ts). */

const DEFAULT_IDLE_TIMEOUT_MS = 15 * 60 * 1000;
// Support staff (and e2e) shorten the idle timeout in demo mode without a rebuild; the key
// holds a number, never personal data.
export const IDLE_TIMEOUT_OVERRIDE_KEY = 'ybt.demo.idleTimeoutMs';

function envNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export const appConfig = {
  demo: __DEMO__,
  apiBaseUrl: __API_BASE_URL__,
  version: __APP_VERSION__,
  requestTimeoutMs: envNumber(import.meta.env.VITE_REQUEST_TIMEOUT_MS, 15_000),
};

export function idleTimeoutMs(): number {
  const configured = envNumber(import.meta.env.VITE_IDLE_TIMEOUT_MS, DEFAULT_IDLE_TIMEOUT_MS);
  if (!appConfig.demo || typeof localStorage === 'undefined') return configured;
  return envNumber(localStorage.getItem(IDLE_TIMEOUT_OVERRIDE_KEY) ?? undefined, configured);
}
