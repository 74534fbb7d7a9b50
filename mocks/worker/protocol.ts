/**
 * What the page and the demo backend's worker say to each other (docs/decisions/019). The page
 * keeps the interception of `fetch` and XHR and forwards each API request; the worker answers
 * it with the same handlers, store and layers the tests run in process.
 */

/** The BroadcastChannel on which a backend announces committed changes to every tab. */
export const CHANGES_CHANNEL = 'ybt-demo-backend-changes';
/** The Web Lock that serialises every change of the demo state across tabs and workers. */
export const STATE_LOCK = 'ybt-demo-backend-state';
/** Held by a worker for its whole life: a page granted it knows that worker is gone. */
export const ALIVE_LOCK_PREFIX = 'ybt-demo-backend-alive-';

/** Which tab sent a request, so that tab does not refetch what it changed itself. */
export const TAB_HEADER = 'x-ybt-demo-tab';
/**
 * The page's clock minus the worker's, in ms, when the request arrived: the demo clock follows
 * the page (Playwright moves the page's clock, never a worker's).
 */
export const CLOCK_OFFSET_HEADER = 'x-ybt-demo-clock-offset';

export interface ForwardedRequest {
  kind: 'request';
  id: number;
  tabId: string;
  url: string;
  method: string;
  headers: Array<[string, string]>;
  body: ArrayBuffer | null;
  pageTimeMs: number;
}

export type PageMessage = ForwardedRequest | { kind: 'hello' } | { kind: 'crash' };

export type StorageKind = 'indexeddb' | 'memory';

export type WorkerMessage =
  | {
      kind: 'ready';
      /** The lock this worker holds while it lives (absent where the browser has no locks). */
      aliveLock: string | null;
      storage: StorageKind;
      notice: 'migrated' | 'reset-incompatible' | 'memory-only' | null;
    }
  | {
      kind: 'response';
      id: number;
      status: number;
      statusText: string;
      headers: Array<[string, string]>;
      body: ArrayBuffer | null;
    }
  | { kind: 'network-error'; id: number }
  | { kind: 'start-failed'; message: string };

/** A change committed by some tab's request: other tabs refresh what they show. */
export interface BackendChange {
  kind: 'changed' | 'reset';
  tables: string[];
  /** The tab whose request made it, or null (the demo reset from the bridge, a test). */
  sourceTab: string | null;
}
