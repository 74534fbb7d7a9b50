import { appConfig } from './config';

// Kept apart from the request code (and its zod schemas) so the entry chunk can wire the client
// without carrying the validation library.
interface ClientHooks {
  getToken: () => string | null;
  onUnauthorized: () => void;
}

export const apiConfig: { hooks: ClientHooks; baseUrl: string; ready: Promise<unknown> } = {
  hooks: { getToken: () => null, onUnauthorized: () => {} },
  baseUrl: appConfig.apiBaseUrl,
  ready: Promise.resolve(),
};

/** Wires the client to the session without `lib` importing a feature. */
export function configureApiClient(
  options: Partial<ClientHooks> & { baseUrl?: string; ready?: Promise<unknown> },
): void {
  apiConfig.hooks = {
    getToken: options.getToken ?? apiConfig.hooks.getToken,
    onUnauthorized: options.onUnauthorized ?? apiConfig.hooks.onUnauthorized,
  };
  if (options.baseUrl !== undefined) apiConfig.baseUrl = options.baseUrl;
  // A failed start (e.g. the mock chunk could not load offline) surfaces as a network error.
  if (options.ready) apiConfig.ready = options.ready.catch(() => undefined);
}
