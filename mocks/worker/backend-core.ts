import { getResponse } from 'msw';
import { setClock } from '../clock';
import { configureExclusive, store } from '../db';
import { configureFaultRuntime, pause } from '../faults';
import { handlers } from '../handlers';
import {
  startPersistence,
  syncFromStorage,
  type RecordStorage,
  type StorageStatus,
} from '../persistence';
import { CLOCK_OFFSET_HEADER, STATE_LOCK, TAB_HEADER, type BackendChange } from './protocol';

/** Runs `work` while holding the one lock on the demo state. */
export type StateLock = <R>(work: () => Promise<R>) => Promise<R>;

/** The browser's Web Lock of that name, shared by every tab and worker of the origin. */
export function webLock(name: string = STATE_LOCK): StateLock | null {
  if (typeof navigator === 'undefined' || navigator.locks === undefined) return null;
  const locks = navigator.locks;
  return (work) => locks.request(name, () => work());
}

/** A lock for one JavaScript realm: enough when nothing else can reach the same storage. */
export function realmLock(): StateLock {
  let chain: Promise<unknown> = Promise.resolve();
  return <R>(work: () => Promise<R>): Promise<R> => {
    const run = chain.then(work);
    chain = run.catch(() => undefined);
    return run;
  };
}

export interface BackendCore {
  /** The answer to one API request; a network error is `Response.error()`. */
  handle: (request: Request) => Promise<Response>;
  status: StorageStatus;
}

export interface BackendCoreOptions {
  lock: StateLock;
  /** Tests give a shared in-memory storage; the browser uses IndexedDB. */
  storage?: RecordStorage;
  /** Told after every change that is stored, to tell the other tabs. */
  announce?: (change: BackendChange) => void;
}

/**
 * The demo backend as one browser profile shares it (docs/decisions/019). Every change runs
 * under one lock that all tabs' backends take: inside it the backend first loads what another
 * backend committed since it last looked, then runs the transaction, then waits until the change
 * is in IndexedDB, and only then lets the next change start. So "one premium per relative-year",
 * idempotency records, SMS limits, session caps and codes used once hold across tabs and
 * workers as they do inside one: each change starts from the latest committed records. With one
 * SharedWorker the lock is never contended and the catch-up finds nothing to load.
 */
export async function startBackendCore(options: BackendCoreOptions): Promise<BackendCore> {
  const { lock, announce } = options;
  // The page checks the device's connection before it forwards a request (browser.ts); a
  // worker's idea of being online says nothing more.
  configureFaultRuntime({ deviceOffline: () => false });
  const persistence = await lock(() =>
    startPersistence(options.storage ? { storage: options.storage } : {}),
  );

  const changedTables = new Set<string>();
  let wasReset = false;
  store.subscribe((event) => {
    if (event.kind === 'commit')
      for (const change of event.changes) changedTables.add(change.table);
    if (event.kind === 'reset') wasReset = true;
  });

  configureExclusive((work, request) =>
    lock(async () => {
      await syncFromStorage();
      // Another tab may run between the catch-up and the work unless the lock keeps it out;
      // tests schedule this point to prove that it does.
      if (request) await pause(request);
      followPageClock(request);
      changedTables.clear();
      wasReset = false;
      const result = work();
      // The answer leaves, and the next change starts, only once this one is stored: a tab
      // closed now, or a crash, leaves it either done or not, never half-written.
      await persistence.flush();
      const changed = wasReset || changedTables.size > 0;
      // A read that tidies up (an expired code) changes nothing anyone is shown.
      if (announce && changed && (wasReset || request?.method !== 'GET')) {
        announce({
          kind: wasReset ? 'reset' : 'changed',
          tables: [...changedTables].sort(),
          sourceTab: request?.headers.get(TAB_HEADER) ?? null,
        });
      }
      return result;
    }),
  );

  return {
    status: persistence.status,
    handle: async (request) => {
      // Fault settings are read before the work: catch up first, so one set in another tab
      // applies here too.
      await lock(() => syncFromStorage());
      followPageClock(request);
      return (await getResponse(handlers, request)) ?? Response.error();
    },
  };
}

function followPageClock(request: Request | undefined): void {
  const offset = Number(request?.headers.get(CLOCK_OFFSET_HEADER) ?? Number.NaN);
  if (Number.isFinite(offset)) setClock(() => Date.now() + offset);
}
