import * as z from 'zod/mini';
import type { StorageNotice } from '@/api-contract/demo';
import { faultsSchema } from '@/api-contract/demo';
import { profileSchema } from '@/api-contract/profile';
import { store } from './db';
import { addPersonRecords, createSeedRecords, personas, recordsFromProfile } from './seed';
import {
  emptyRecords,
  recordsOf,
  TABLE_NAMES,
  TABLE_SPECS,
  type StoreRecords,
  type TableName,
} from './store/store';
import type { RecordChange } from './store/table';

/**
 * Keeps the demo backend's mutable records across reloads in IndexedDB, one IndexedDB entry per
 * record (`persons/user-cq-0001`), so a commit writes only the records it changed, all of them
 * in one IndexedDB transaction: a reload never sees half of a change. Reference data (the
 * pharmacies) is never stored: it is rebuilt from its seed.
 *
 * A saved state of an older version is migrated (version 1, one blob of API-shaped personas) or,
 * when it cannot be read, replaced by the seed; either way the page is told (a notice in the
 * demo banner), never left blank. A browser whose IndexedDB cannot be opened (private mode)
 * runs the demo in memory and says so.
 */
export const PERSISTED_STATE_VERSION = 2;
export const PERSISTENCE_DB_NAME = 'yibaotong-demo-backend-v2';
export const PERSISTENCE_STORE_NAME = 'records';
/** Version 1 kept one blob under `db` in this database. */
export const LEGACY_DB_NAME = 'yibaotong-demo-backend';
const LEGACY_STORE_NAME = 'state';
const LEGACY_KEY = 'db';
const META_KEY = 'meta';

const metaSchema = z.object({
  version: z.int(),
  savedAtMs: z.number(),
  /** The tables the writer had; absent in states saved before the field existed. */
  tables: z.optional(z.array(z.string())),
  /**
   * New with every write: a tab's backend that finds another id here than the one it last
   * wrote or read knows another tab committed since, and reloads before it changes anything.
   */
  commitId: z.optional(z.string()),
});

// What version 2 had before it listed its tables: any other table is newer than such a state.
const FIRST_V2_TABLES: readonly string[] = [
  'persons',
  'relatives',
  'vouchers',
  'ledger',
  'sessions',
  'smsCodes',
  'idempotency',
  'faults',
];

let lastCommitId: string | undefined;

/** A new write's commit id, which becomes the one this backend last knew. */
function nextCommitId(): string {
  lastCommitId = crypto.randomUUID();
  return lastCommitId;
}

function metaEntry(savedAtMs: number, commitId: string): readonly [string, unknown] {
  return [
    META_KEY,
    { version: PERSISTED_STATE_VERSION, savedAtMs, tables: [...TABLE_NAMES], commitId },
  ];
}

/**
 * A table added to the app after the state was saved (prescriptions, the family account) starts
 * from the seed's rows, so an old demo state gains the new feature's data instead of showing it
 * empty; tables the state had are kept as they are, empty or not. Returns whether any was added.
 */
function addNewTablesFromSeed(records: StoreRecords, savedTables: readonly string[]): boolean {
  const missing = TABLE_NAMES.filter((table) => !savedTables.includes(table));
  if (missing.length === 0) return false;
  const seed = createSeedRecords();
  for (const table of missing) {
    (records as Record<TableName, unknown[]>)[table] = seed[table];
  }
  return true;
}

/** What persistence needs of a storage: IndexedDB in the browser, a Map in tests. */
export interface RecordStorage {
  readAll: () => Promise<Map<string, unknown>>;
  /** One entry; without it, `readAll` serves (tests' storages). */
  read?: (key: string) => Promise<unknown>;
  /** Puts and deletes in one atomic transaction. */
  write: (
    puts: ReadonlyArray<readonly [string, unknown]>,
    deletes: readonly string[],
  ) => Promise<void>;
  /** Clears everything and puts these, in one atomic transaction. */
  replaceAll: (puts: ReadonlyArray<readonly [string, unknown]>) => Promise<void>;
}

/** Version 1's storage, read once for the migration and then deleted. */
export interface LegacyStorage {
  read: () => Promise<unknown>;
  remove: () => Promise<void>;
}

export interface StorageStatus {
  storage: 'indexeddb' | 'memory';
  notice: StorageNotice | null;
}

let status: StorageStatus = { storage: 'memory', notice: null };

/** Where the demo state lives and what happened to the saved one at start. */
export function storageStatus(): StorageStatus {
  return { ...status };
}

export function isPersistenceAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

/**
 * How long opening the database may take. An open waits, with no error, while another tab
 * holds the database at an older version (an upgrade is blocked); the demo then runs in memory
 * and says so rather than leaving every screen on its skeleton.
 */
export const OPEN_TIMEOUT_MS = 4_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function openIdbStorage(): Promise<{ storage: RecordStorage; legacy: LegacyStorage }> {
  // Loaded on demand: only the demo build's browser path needs it.
  const idb = await import('idb-keyval');
  const records = idb.createStore(PERSISTENCE_DB_NAME, PERSISTENCE_STORE_NAME);
  // Opening the database here makes a private-mode failure surface now, not on the first write.
  await withTimeout(idb.keys(records), OPEN_TIMEOUT_MS, 'opening the demo database');
  const storage: RecordStorage = {
    readAll: async () => new Map(await idb.entries<string, unknown>(records)),
    read: (key) => idb.get<unknown>(key, records),
    write: (puts, deletes) =>
      records('readwrite', (os) => {
        for (const [key, value] of puts) os.put(value, key);
        for (const key of deletes) os.delete(key);
        return idb.promisifyRequest(os.transaction);
      }),
    replaceAll: (puts) =>
      records('readwrite', (os) => {
        os.clear();
        for (const [key, value] of puts) os.put(value, key);
        return idb.promisifyRequest(os.transaction);
      }),
  };
  const legacy: LegacyStorage = {
    read: readLegacyBlob,
    remove: () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(LEGACY_DB_NAME);
        // Blocked by another tab: it goes when that tab closes; failed: the blob stays unread.
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      }),
  };
  return { storage, legacy };
}

/**
 * Version 1's blob, read with a connection that is closed at once (idb-keyval keeps its
 * connections open, which would block deleting the old database afterwards).
 */
function readLegacyBlob(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(LEGACY_DB_NAME);
    open.onerror = () => reject(open.error ?? new Error('cannot open the old demo database'));
    open.onsuccess = () => {
      const db = open.result;
      // A database that did not exist has just been created empty; remove() deletes it.
      if (!db.objectStoreNames.contains(LEGACY_STORE_NAME)) {
        db.close();
        resolve(undefined);
        return;
      }
      const tx = db.transaction(LEGACY_STORE_NAME, 'readonly');
      const request = tx.objectStore(LEGACY_STORE_NAME).get(LEGACY_KEY);
      tx.oncomplete = () => {
        db.close();
        resolve(request.result as unknown);
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error ?? new Error('cannot read the old demo database'));
      };
    };
  });
}

const recordKey = (table: string, id: string): string => `${table}/${id}`;

/** Every record as a storage entry, and the meta entry that says which version wrote them. */
export function entriesOf(
  records: StoreRecords,
  savedAtMs: number,
  commitId = '',
): Array<readonly [string, unknown]> {
  const entries: Array<readonly [string, unknown]> = [metaEntry(savedAtMs, commitId)];
  for (const table of TABLE_NAMES) {
    for (const record of records[table]) entries.push([recordKey(table, record.id), record]);
  }
  return entries;
}

/** UTF-8 bytes of the entries as JSON: what the saved state costs, as the test and bench print. */
export function persistedSizeBytes(records: StoreRecords): number {
  const encoder = new TextEncoder();
  return entriesOf(records, 0).reduce(
    (sum, [key, value]) =>
      sum + encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length,
    0,
  );
}

function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

/** The records of a version-2 storage, or undefined when any entry is not what it should be. */
function parseRecords(entries: Map<string, unknown>): StoreRecords | undefined {
  const records = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as unknown[]])) as Record<
    TableName,
    unknown[]
  >;
  for (const [key, value] of entries) {
    if (key === META_KEY) continue;
    const slash = key.indexOf('/');
    const table = key.slice(0, slash);
    if (slash < 0 || !isTableName(table)) return undefined;
    const parsed = TABLE_SPECS[table].schema.safeParse(value);
    if (!parsed.success || parsed.data.id !== key.slice(slash + 1)) return undefined;
    records[table].push(parsed.data);
  }
  // The store needs its singleton rows; a state without them is not one this version wrote.
  if (records.faults.length !== 1) return undefined;
  return records as StoreRecords;
}

// Version 1: { version: 1, savedAtMs, db: { personas: [{ id, labelKey, profile }], sessions:
// { [token]: { token, personaId, createdAtMs } }, smsCodes: { [phone]: {...} }, faults } }.
const legacyV1Schema = z.object({
  version: z.literal(1),
  savedAtMs: z.number(),
  db: z.object({
    personas: z.array(z.object({ id: z.string(), labelKey: z.string(), profile: profileSchema })),
    sessions: z.record(
      z.string(),
      z.object({ token: z.string(), personaId: z.string(), createdAtMs: z.number() }),
    ),
    smsCodes: z.record(
      z.string(),
      z.object({
        phone: z.string(),
        code: z.string(),
        sentAtMs: z.number(),
        failedAttempts: z.int(),
      }),
    ),
    faults: z.pick(faultsSchema, { latencyMs: true, errorRate: true, offline: true }),
  }),
});

/** Version 1's blob as version 2's records, or undefined when it is not a version-1 blob. */
export function migrateV1(blob: unknown): StoreRecords | undefined {
  const parsed = legacyV1Schema.safeParse(blob);
  if (!parsed.success) return undefined;
  const { db, savedAtMs } = parsed.data;
  const records = emptyRecords({ ...db.faults, lostResponseRate: 0, slowResponseRate: 0 });
  const personIdOfPersona = new Map<string, string>();
  for (const persona of db.personas) {
    personIdOfPersona.set(persona.id, persona.profile.id);
    addPersonRecords(records, recordsFromProfile(persona.profile, savedAtMs));
  }
  // Personas that version 1 did not have (none today) come from the seed.
  for (const persona of personas) {
    if (personIdOfPersona.has(persona.id)) continue;
    addPersonRecords(records, recordsFromProfile(structuredClone(persona.profile), savedAtMs));
  }
  for (const session of Object.values(db.sessions)) {
    const personId = personIdOfPersona.get(session.personaId);
    if (personId === undefined) continue;
    records.sessions.push({ id: session.token, personId, createdAtMs: session.createdAtMs });
  }
  for (const sms of Object.values(db.smsCodes)) {
    if (!/^\d{6}$/.test(sms.code)) continue;
    records.smsCodes.push({
      id: sms.phone,
      code: sms.code,
      sentAtMs: sms.sentAtMs,
      failedAttempts: Math.max(0, sms.failedAttempts),
    });
  }
  return records;
}

let activeStorage: RecordStorage | null = null;

/**
 * Catches up with what another tab's backend committed: when the stored commit id is not the
 * one this backend last wrote or read, the stored records replace the ones in memory. Called
 * under the cross-tab lock before every change (worker/backend-core.ts), so a change always
 * starts from the latest committed records. Returns whether it reloaded.
 */
export async function syncFromStorage(): Promise<boolean> {
  const storage = activeStorage;
  if (storage === null) return false;
  const rawMeta = storage.read
    ? await storage.read(META_KEY)
    : (await storage.readAll()).get(META_KEY);
  const meta = metaSchema.safeParse(rawMeta);
  if (!meta.success || meta.data.version !== PERSISTED_STATE_VERSION) return false;
  if (meta.data.commitId === undefined || meta.data.commitId === lastCommitId) return false;
  const entries = await storage.readAll();
  // Read again as one snapshot: the meta read a moment ago may be older than the entries.
  const snapshotMeta = metaSchema.safeParse(entries.get(META_KEY));
  const records = parseRecords(entries);
  if (!snapshotMeta.success || records === undefined) {
    console.warn('[mock backend] another tab stored a state this version cannot read');
    return false;
  }
  addNewTablesFromSeed(records, snapshotMeta.data.tables ?? FIRST_V2_TABLES);
  store.load(records, 'sync');
  lastCommitId = snapshotMeta.data.commitId;
  return true;
}

export interface PersistenceHandle {
  /** Resolves when every write asked for so far has finished. */
  flush: () => Promise<void>;
  stop: () => void;
  status: StorageStatus;
}

/**
 * Restores the saved state (migrating or replacing it as needed), then saves every commit:
 * the changes of one task are coalesced into one write, and writes run one after another so an
 * older one never lands last. `storage` and `legacy` are given by tests; the page uses IndexedDB.
 */
export async function startPersistence(
  options: { storage?: RecordStorage; legacy?: LegacyStorage; now?: () => number } = {},
): Promise<PersistenceHandle> {
  const now = options.now ?? Date.now;
  const memoryOnly = (notice: StorageNotice | null): PersistenceHandle => {
    status = { storage: 'memory', notice };
    return { flush: () => Promise.resolve(), stop: () => {}, status: storageStatus() };
  };

  let storage = options.storage;
  let legacy = options.legacy;
  if (storage === undefined) {
    if (!isPersistenceAvailable()) return memoryOnly(null);
    try {
      ({ storage, legacy } = await openIdbStorage());
    } catch (error) {
      console.warn('[mock backend] IndexedDB cannot be opened; the demo runs in memory', error);
      return memoryOnly('memory-only');
    }
  }
  const target = storage;

  let notice: StorageNotice | null = null;
  let grew = false;
  try {
    const entries = await target.readAll();
    const meta = metaSchema.safeParse(entries.get(META_KEY));
    if (meta.success && meta.data.version === PERSISTED_STATE_VERSION) {
      const records = parseRecords(entries);
      if (records) {
        grew = addNewTablesFromSeed(records, meta.data.tables ?? FIRST_V2_TABLES);
        store.load(records);
        lastCommitId = meta.data.commitId;
      } else {
        notice = 'reset-incompatible';
      }
    } else if (entries.size > 0) {
      notice = 'reset-incompatible';
    } else {
      const blob = await legacy?.read();
      if (blob !== undefined) {
        const migrated = migrateV1(blob);
        if (migrated) {
          store.load(migrated);
          notice = 'migrated';
        } else {
          notice = 'reset-incompatible';
        }
      }
      // Also when there was none: opening it to look has created an empty one.
      await legacy?.remove();
    }
    if (notice === 'reset-incompatible') store.reset();
    // Write what the page now runs on, so storage and memory agree from the first commit on.
    if (notice !== null || !meta.success || grew) {
      await target.replaceAll(entriesOf(recordsOf(store.read()), now(), nextCommitId()));
    }
  } catch (error) {
    console.warn('[mock backend] the saved demo state cannot be used; running in memory', error);
    return memoryOnly('memory-only');
  }
  status = { storage: 'indexeddb', notice };
  activeStorage = target;

  let chain: Promise<void> = Promise.resolve();
  const enqueue = (write: () => Promise<void>): void => {
    chain = chain.then(write).catch((error: unknown) => {
      console.warn('[mock backend] could not save the demo state', error);
    });
  };

  let pending = new Map<string, RecordChange>();
  let queued = false;
  const unsubscribe = store.subscribe((event) => {
    if (event.kind === 'load' || event.kind === 'sync') return;
    if (event.kind === 'reset') {
      pending = new Map();
      const entries = entriesOf(recordsOf(store.read()), now(), nextCommitId());
      enqueue(() => target.replaceAll(entries));
      return;
    }
    for (const change of event.changes) pending.set(recordKey(change.table, change.id), change);
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const changes = [...pending.entries()];
      pending = new Map();
      if (changes.length === 0) return;
      const puts: Array<readonly [string, unknown]> = [metaEntry(now(), nextCommitId())];
      const deletes: string[] = [];
      for (const [key, change] of changes) {
        if (change.record === null) deletes.push(key);
        else puts.push([key, change.record]);
      }
      enqueue(() => target.write(puts, deletes));
    });
  });

  return {
    flush: async () => {
      // Let a queued microtask enqueue its write before waiting on the chain.
      await Promise.resolve();
      await chain;
    },
    stop: () => {
      unsubscribe();
      activeStorage = null;
      lastCommitId = undefined;
      status = { storage: 'memory', notice: null };
    },
    status: storageStatus(),
  };
}
