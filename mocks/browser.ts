import type { HttpRequestEventMap, Interceptor } from '@mswjs/interceptors';
import { BatchInterceptor } from '@mswjs/interceptors';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { XMLHttpRequestInterceptor } from '@mswjs/interceptors/XMLHttpRequest';
import { probeReachable } from '@/lib/api-client';
import { announceBackendChange } from '@/lib/backend-changes';
import { useDemoOutbox, type DemoBackendNotice } from '@/lib/demo-outbox';
import {
  CHANGES_CHANNEL,
  type BackendChange,
  type ForwardedRequest,
  type PageMessage,
  type WorkerMessage,
} from './worker/protocol';

let starting: Promise<void> | null = null;

/** How long a successful probe is believed; a failed one is never reused, so recovery is seen at once. */
const ONLINE_FOR_MS = 3_000;
let lastOnlineAt = Number.NEGATIVE_INFINITY;
let probing: Promise<boolean> | null = null;

/**
 * Is the device really offline? The backend answers with no network at all (it is in this
 * browser), and `navigator.onLine` can claim a connection that is not there, so it asks the
 * app's own origin (a request the interception lets through) at most every 3 s.
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

/** This tab, as the backend's change announcements name it. */
const TAB_ID = crypto.randomUUID();

/** Where the demo backend runs for this tab. */
export type BackendPlace = 'shared-worker' | 'worker' | 'page';

interface Backend {
  place: BackendPlace;
  handle: (request: Request) => Promise<Response>;
  /** The demo console's "crash the backend" (a worker only). */
  crash?: () => void;
}

interface Channel {
  post: (message: PageMessage, transfer?: Transferable[]) => void;
  onMessage: (listener: (message: WorkerMessage) => void) => void;
  close: () => void;
}

/** Which worker this browser gives; a test can take SharedWorker away to play Chrome on Android. */
function openChannel(): { place: BackendPlace; channel: Channel } | null {
  // The literal `new …(new URL(…, import.meta.url), { type: 'module' })` is what Vite bundles.
  if (typeof SharedWorker === 'function') {
    const worker = new SharedWorker(new URL('./worker/backend-worker.ts', import.meta.url), {
      type: 'module',
      name: 'ybt-demo-backend',
    });
    const port = worker.port;
    port.start();
    return {
      place: 'shared-worker',
      channel: {
        post: (message, transfer = []) => port.postMessage(message, transfer),
        onMessage: (listener) =>
          port.addEventListener('message', (event: MessageEvent<WorkerMessage>) =>
            listener(event.data),
          ),
        close: () => port.close(),
      },
    };
  }
  if (typeof Worker === 'function') {
    const worker = new Worker(new URL('./worker/backend-worker.ts', import.meta.url), {
      type: 'module',
      name: 'ybt-demo-backend',
    });
    return {
      place: 'worker',
      channel: {
        post: (message, transfer = []) => worker.postMessage(message, transfer),
        onMessage: (listener) =>
          worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) =>
            listener(event.data),
          ),
        close: () => worker.terminate(),
      },
    };
  }
  return null;
}

const READY_TIMEOUT_MS = 10_000;

/**
 * Connects to the demo backend's worker. Requests wait for it to be ready; when it goes away
 * (its alive lock is granted to this page), the ones in flight fail as network errors, which the
 * app already offers to retry, the banner says the backend restarted, and the next request
 * connects again (a SharedWorker's other tabs do the same and meet in one new worker).
 */
function workerBackend(): Backend | null {
  let connection: {
    place: BackendPlace;
    channel: Channel;
    ready: Promise<void>;
  } | null = null;
  let nextId = 1;
  const waiting = new Map<number, (response: Response) => void>();

  const lost = (): void => {
    connection?.channel.close();
    connection = null;
    for (const resolve of waiting.values()) resolve(Response.error());
    waiting.clear();
    setBackendNotice('backend-restarted');
  };

  const connect = (): NonNullable<typeof connection> | null => {
    if (connection) return connection;
    const opened = openChannel();
    if (opened === null) return null;
    const { channel, place } = opened;
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the demo backend did not start')),
        READY_TIMEOUT_MS,
      );
      channel.onMessage((message) => {
        switch (message.kind) {
          case 'ready':
            clearTimeout(timer);
            if (message.notice !== null) useDemoOutbox.getState().setStorageNotice(message.notice);
            // A dedicated worker in memory only cannot share its state with another tab.
            if (place === 'worker' && message.storage === 'memory')
              setBackendNotice('this-tab-only');
            if (message.aliveLock !== null && navigator.locks !== undefined) {
              void navigator.locks.request(message.aliveLock, () => {
                if (connection?.channel === channel) lost();
              });
            }
            resolve();
            return;
          case 'start-failed':
            clearTimeout(timer);
            reject(new Error(message.message));
            return;
          case 'response': {
            const resolve = waiting.get(message.id);
            waiting.delete(message.id);
            resolve?.(
              new Response(message.body, {
                status: message.status,
                statusText: message.statusText,
                headers: message.headers,
              }),
            );
            return;
          }
          case 'network-error':
            waiting.get(message.id)?.(Response.error());
            waiting.delete(message.id);
            return;
        }
      });
    });
    channel.post({ kind: 'hello' });
    connection = { place, channel, ready };
    ready.catch(() => {
      if (connection?.channel === channel) lost();
    });
    return connection;
  };

  const first = connect();
  if (first === null) return null;

  return {
    place: first.place,
    crash: () => connection?.channel.post({ kind: 'crash' }),
    handle: async (request) => {
      const current = connect();
      if (current === null) return Response.error();
      try {
        await current.ready;
      } catch {
        return Response.error();
      }
      const body =
        request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
      const id = nextId++;
      const message: ForwardedRequest = {
        kind: 'request',
        id,
        tabId: TAB_ID,
        url: request.url,
        method: request.method,
        headers: [...request.headers.entries()],
        body: body && body.byteLength > 0 ? body : null,
        pageTimeMs: Date.now(),
      };
      return new Promise<Response>((resolve) => {
        waiting.set(id, resolve);
        current.channel.post(message, message.body ? [message.body] : []);
      });
    },
  };
}

/** No worker at all: the backend runs in this page, as before, and the banner says so. */
async function pageBackend(): Promise<Backend> {
  const { startBackendCore, realmLock } = await import('./worker/backend-core');
  const core = await startBackendCore({ lock: realmLock() });
  if (core.status.notice !== null) useDemoOutbox.getState().setStorageNotice(core.status.notice);
  setBackendNotice('this-tab-only');
  return { place: 'page', handle: (request) => core.handle(request) };
}

function setBackendNotice(notice: DemoBackendNotice): void {
  useDemoOutbox.getState().setBackendNotice(notice);
}

/** Other tabs' changes refresh what this one shows; its own are refreshed by its mutations. */
function followOtherTabs(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent<BackendChange>) => {
    if (event.data.sourceTab === TAB_ID) return;
    announceBackendChange({ reset: event.data.kind === 'reset', tables: event.data.tables });
  };
}

// msw 2.15's interceptors, typed for HTTP events only.
type HttpInterceptor = Interceptor<HttpRequestEventMap>;

/**
 * Starts the demo backend (docs/decisions/019): msw's interceptors patch `fetch` and XHR in
 * this page, with no msw service worker (vite-plugin-pwa's worker owns the scope, decision 003),
 * and forward every `/api/` request of this origin to the backend's worker, shared by every tab.
 * Requests outside `/api/` (chunks, icons, the connectivity probe) go to the network untouched.
 * Safe to call twice; the second call waits for the first.
 */
export async function startMockNetwork(): Promise<void> {
  starting ??= (async () => {
    const backend = workerBackend() ?? (await pageBackend());
    window.__ybtDemoBackend = { place: backend.place, crash: () => backend.crash?.() };
    followOtherTabs();
    window.addEventListener('offline', () => {
      lastOnlineAt = Number.NEGATIVE_INFINITY;
    });
    const interceptors: HttpInterceptor[] = [
      new FetchInterceptor(),
      new XMLHttpRequestInterceptor(),
    ];
    const interceptor = new BatchInterceptor({ name: 'ybt-demo-backend', interceptors });
    interceptor.on('request', async ({ request, controller }) => {
      const url = new URL(request.url);
      if (url.origin !== location.origin || !url.pathname.startsWith('/api/')) return;
      // The demo controls answer whatever the network does, or nobody could switch faults off.
      const demoControl = url.pathname.startsWith('/api/__demo/');
      if (!demoControl && (await deviceOffline())) {
        controller.respondWith(Response.error());
        return;
      }
      controller.respondWith(await backend.handle(request));
    });
    interceptor.apply();
  })();
  return starting;
}

declare global {
  interface Window {
    /** Where this tab's demo backend runs, and a way for tests and the console to crash it. */
    __ybtDemoBackend?: { place: BackendPlace; crash: () => void };
  }
}
