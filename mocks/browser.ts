import type { HttpRequestEventMap, Interceptor } from '@mswjs/interceptors';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { XMLHttpRequestInterceptor } from '@mswjs/interceptors/XMLHttpRequest';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { handlers } from './handlers';
import { loadPersistedDb, startPersistence } from './persistence';

let starting: Promise<void> | null = null;

// msw 2.15 types the list as interceptors that emit HTTP *and* WebSocket events, which no single
// interceptor does; its own setupServer passes `Interceptor<any>`. The runtime takes any mix.
type SourceInterceptors = ConstructorParameters<typeof InterceptorSource>[0]['interceptors'];
const httpInterceptors: Array<Interceptor<HttpRequestEventMap>> = [
  new FetchInterceptor(),
  new XMLHttpRequestInterceptor(),
];

/**
 * Starts the demo backend inside the page: msw's interceptors patch `fetch` and XHR, with no msw
 * service worker, because vite-plugin-pwa's worker owns the scope (see
 * docs/decisions/003-in-page-mock-backend.md). Requests outside `/api/` (chunks, icons) go to
 * the network untouched. Safe to call twice; the second call waits for the first.
 */
export async function startMockNetwork(): Promise<void> {
  starting ??= (async () => {
    // Restore before intercepting, so the first request already sees yesterday's demo state.
    await loadPersistedDb();
    startPersistence();
    const network = defineNetwork({
      sources: [
        new InterceptorSource({ interceptors: httpInterceptors as unknown as SourceInterceptors }),
      ],
      handlers,
      onUnhandledFrame: 'bypass',
      // msw logs every mocked request as a console group; useful in dev, noise in a demo.
      context: { quiet: !import.meta.env.DEV },
    });
    await network.enable();
  })();
  return starting;
}
