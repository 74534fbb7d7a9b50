import * as z from 'zod/mini';
import { dbStateSchema, loadDb, getDb, subscribeDb, type DbState } from './db';

/**
 * Keeps the demo backend's state across reloads in IndexedDB, in a database of its own so it
 * can never be confused with (or cleared together with) the app's storage. In Node (Vitest)
 * there is no IndexedDB and all of this does nothing.
 *
 * Bump PERSISTED_DB_VERSION whenever DbState or the seed changes: a stored blob of another
 * version is thrown away, not migrated; it is demo data.
 */
export const PERSISTED_DB_VERSION = 1;
export const PERSISTENCE_DB_NAME = 'yibaotong-demo-backend';
export const PERSISTENCE_STORE_NAME = 'state';
const KEY = 'db';

const persistedSchema = z.object({
  version: z.literal(PERSISTED_DB_VERSION),
  savedAtMs: z.number(),
  db: dbStateSchema,
});

/** The three calls persistence needs; idb-keyval in the browser, a Map in tests. */
export interface PersistenceStorage {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
}

async function idbStorage(): Promise<PersistenceStorage> {
  // Loaded on demand: only the demo build's browser path ever needs it.
  const { createStore, del, get, set } = await import('idb-keyval');
  const store = createStore(PERSISTENCE_DB_NAME, PERSISTENCE_STORE_NAME);
  return {
    get: (key) => get<unknown>(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
  };
}

export function isPersistenceAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

/**
 * Restores the saved state, if there is a usable one; a blob of another version or shape is
 * deleted and the seed stays. Returns whether anything was restored.
 */
export async function loadPersistedDb(storage?: PersistenceStorage): Promise<boolean> {
  const target = storage ?? (isPersistenceAvailable() ? await idbStorage() : undefined);
  if (target === undefined) return false;
  try {
    const stored = await target.get(KEY);
    if (stored === undefined) return false;
    const parsed = persistedSchema.safeParse(stored);
    if (!parsed.success) {
      await target.del(KEY);
      return false;
    }
    loadDb(parsed.data.db);
    return true;
  } catch (error) {
    // Private mode or a blocked database: the demo still works, it just forgets on reload.
    console.warn('[mock backend] could not restore the demo state', error);
    return false;
  }
}

export interface PersistenceHandle {
  /** Resolves when every write asked for so far has finished. */
  flush: () => Promise<void>;
  stop: () => void;
}

/**
 * Saves the state after every change, coalescing the changes of one task into one write, and
 * deletes it on reset. Writes run one after another, so an older snapshot never lands last.
 */
export function startPersistence(
  storage?: PersistenceStorage,
  now: () => number = Date.now,
): PersistenceHandle {
  const noop: PersistenceHandle = { flush: () => Promise.resolve(), stop: () => {} };
  if (storage === undefined && !isPersistenceAvailable()) return noop;

  const storagePromise = storage ? Promise.resolve(storage) : idbStorage();
  let chain: Promise<void> = Promise.resolve();
  let saveQueued = false;

  const enqueue = (write: (s: PersistenceStorage) => Promise<void>) => {
    chain = chain
      .then(() => storagePromise)
      .then(write)
      .catch((error: unknown) => {
        console.warn('[mock backend] could not save the demo state', error);
      });
  };

  const unsubscribe = subscribeDb((change) => {
    if (change === 'load') return;
    if (change === 'reset') {
      saveQueued = false;
      enqueue((s) => s.del(KEY));
      return;
    }
    if (saveQueued) return;
    saveQueued = true;
    queueMicrotask(() => {
      if (!saveQueued) return;
      saveQueued = false;
      // Snapshot now: IndexedDB clones the value only when its transaction starts, later.
      const snapshot: DbState = structuredClone(getDb());
      enqueue((s) => s.set(KEY, { version: PERSISTED_DB_VERSION, savedAtMs: now(), db: snapshot }));
    });
  });

  return {
    flush: async () => {
      // Let a queued microtask enqueue its write before waiting on the chain.
      await Promise.resolve();
      await chain;
    },
    stop: unsubscribe,
  };
}
