import type { HttpRequestEventMap, Interceptor } from '@mswjs/interceptors';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { XMLHttpRequestInterceptor } from '@mswjs/interceptors/XMLHttpRequest';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { probeReachable } from '@/lib/api-client';
import { useDemoOutbox } from '@/lib/demo-outbox';
import { configureFaultRuntime } from './faults';
import { handlers } from './handlers';
import { startPersistence } from './persistence';

let starting: Promise<void> | null = null;

/** How long a successful probe is believed; a failed one is never reused, so recovery is seen at once. */
const ONLINE_FOR_MS = 3_000;
let lastOnlineAt = Number.NEGATIVE_INFINITY;
let probing: Promise<boolean> | null = null;

/**
 * Is the device really offline? The backend lives in the page and would answer with no network
 * at all, and `navigator.onLine` can claim a connection that is not there, so it asks the app's
 * own origin (a request no handler matches, so it reaches the network) at most every 3 s.
 */
async function deviceOffline(): Promise<boolean> {
  if (navigator.onLine === false) return true;
  if (performance.now() - lastOnlineAt < ONLINE_FOR_MS) return false;
  probing ??= probeReachable()
    .then((reachable) => {
      if (reachable) lastOnlineAt = performance.now();
      return !reachable;
    })
    .finally(() => {
      probing = null;
    });
  return probing;
}

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
    const persistence = await startPersistence();
    if (persistence.status.notice !== null) {
      useDemoOutbox.getState().setStorageNotice(persistence.status.notice);
    }
    configureFaultRuntime({ deviceOffline });
    window.addEventListener('offline', () => {
      lastOnlineAt = Number.NEGATIVE_INFINITY;
    });
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
