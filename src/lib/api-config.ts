import { appConfig } from './config';

// Kept apart from the request code (and its zod schemas) so the entry chunk can wire the client
// without carrying the validation library.
interface ClientHooks {
  getToken: () => string | null;
  onUnauthorized: () => void;
}

/** What every request waits for first: the demo backend's start, on the first request only. */
type WhenReady = () => Promise<unknown>;

export const apiConfig: { hooks: ClientHooks; baseUrl: string; whenReady: WhenReady } = {
  hooks: { getToken: () => null, onUnauthorized: () => {} },
  baseUrl: appConfig.apiBaseUrl,
  whenReady: () => Promise.resolve(),
};

/** Wires the client to the session without `lib` importing a feature. */
export function configureApiClient(
  options: Partial<ClientHooks> & { baseUrl?: string; whenReady?: WhenReady },
): void {
  apiConfig.hooks = {
    getToken: options.getToken ?? apiConfig.hooks.getToken,
    onUnauthorized: options.onUnauthorized ?? apiConfig.hooks.onUnauthorized,
  };
  if (options.baseUrl !== undefined) apiConfig.baseUrl = options.baseUrl;
  if (options.whenReady) {
    const start = options.whenReady;
    let started: Promise<unknown> | null = null;
    // Started by the first request, then shared. A failed start (the chunk could not load) is
    // forgotten so the next request tries again; this one goes on and fails as a network error.
    apiConfig.whenReady = () =>
      (started ??= start().catch(() => {
        started = null;
      }));
  }
}
