/** Runtime configuration. Build-time values come from Vite's `define` (see vite.config.ts). */

function envNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export const appConfig = {
  demo: __DEMO__,
  apiBaseUrl: __API_BASE_URL__,
  version: __APP_VERSION__,
  requestTimeoutMs: envNumber(import.meta.env.VITE_REQUEST_TIMEOUT_MS, 15_000),
  /** Leaflet tile template (WGS-84 tiles); its host is the only image host the CSP allows. */
  mapTileUrl: String(import.meta.env.VITE_MAP_TILE_URL ?? ''),
};
