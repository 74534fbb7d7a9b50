/// <reference lib="webworker" />
import { startBackendCore, realmLock, webLock, type BackendCore } from './backend-core';
import {
  ALIVE_LOCK_PREFIX,
  CHANGES_CHANNEL,
  CLOCK_OFFSET_HEADER,
  TAB_HEADER,
  type ForwardedRequest,
  type PageMessage,
  type WorkerMessage,
} from './protocol';

/**
 * The demo backend's worker (docs/decisions/019): a SharedWorker, one for every tab of the
 * browser profile, where the browser has them; a dedicated worker per tab where it does not
 * (Chrome on Android), kept in step with the others by the state lock and IndexedDB. Either
 * way the store, the handlers, their layers and the 100,000 reference pharmacies live here,
 * off the page's main thread.
 */

interface Port {
  postMessage: (message: WorkerMessage, transfer?: Transferable[]) => void;
}

const scope = self as unknown as SharedWorkerGlobalScope & DedicatedWorkerGlobalScope;
const changes =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGES_CHANNEL);

async function holdAliveLock(): Promise<string | null> {
  if (typeof navigator === 'undefined' || navigator.locks === undefined) return null;
  const name = `${ALIVE_LOCK_PREFIX}${crypto.randomUUID()}`;
  // Granted at once (the name is new); held until this worker's realm ends.
  await new Promise<void>((granted) => {
    void navigator.locks.request(name, () => {
      granted();
      return new Promise<never>(() => {});
    });
  });
  return name;
}

const starting: Promise<{ core: BackendCore; aliveLock: string | null }> = (async () => {
  const core = await startBackendCore({
    lock: webLock() ?? realmLock(),
    announce: (change) => changes?.postMessage(change),
  });
  return { core, aliveLock: await holdAliveLock() };
})();

async function answer(port: Port, message: ForwardedRequest): Promise<void> {
  const { core } = await starting;
  const headers = new Headers(message.headers);
  headers.set(TAB_HEADER, message.tabId);
  headers.set(CLOCK_OFFSET_HEADER, String(message.pageTimeMs - Date.now()));
  const hasBody = message.body !== null && message.method !== 'GET' && message.method !== 'HEAD';
  const request = new Request(message.url, {
    method: message.method,
    headers,
    ...(hasBody ? { body: message.body } : {}),
  });
  let response: Response;
  try {
    response = await core.handle(request);
  } catch (error) {
    console.error('[demo backend worker] request failed', error);
    response = Response.error();
  }
  if (response.type === 'error') {
    port.postMessage({ kind: 'network-error', id: message.id });
    return;
  }
  const body = response.status === 204 ? null : await response.arrayBuffer();
  port.postMessage(
    {
      kind: 'response',
      id: message.id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      body,
    },
    body ? [body] : [],
  );
}

function listen(port: Port & { onmessage: ((event: MessageEvent<PageMessage>) => void) | null }) {
  port.onmessage = (event) => {
    const message = event.data;
    switch (message.kind) {
      case 'hello':
        starting.then(
          ({ core, aliveLock }) =>
            port.postMessage({
              kind: 'ready',
              aliveLock,
              storage: core.status.storage,
              notice: core.status.notice,
            }),
          (error: unknown) => port.postMessage({ kind: 'start-failed', message: String(error) }),
        );
        return;
      case 'request':
        void answer(port, message);
        return;
      case 'crash':
        // The demo console's "crash the backend": every tab sees it go and starts a new one.
        scope.close();
        return;
    }
  };
}

if ('onconnect' in scope) {
  scope.onconnect = (event: MessageEvent) => {
    const port = event.ports[0];
    if (port) listen(port as unknown as Parameters<typeof listen>[0]);
  };
} else {
  listen(scope as unknown as Parameters<typeof listen>[0]);
}
