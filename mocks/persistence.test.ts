import { afterEach, describe, expect, it } from 'vitest';
import { smsCodeResponseSchema } from '@/api-contract/auth';
import { getDb, resetDb, updateDb } from './db';
import {
  isPersistenceAvailable,
  loadPersistedDb,
  PERSISTED_DB_VERSION,
  startPersistence,
  type PersistenceHandle,
  type PersistenceStorage,
} from './persistence';
import { createSeedDb, PERSONA_PHONES } from './seed';
import { callApi } from './test-utils';

function memoryStorage(): PersistenceStorage & { data: Map<string, unknown>; writes: number } {
  const data = new Map<string, unknown>();
  const storage = {
    data,
    writes: 0,
    get: (key: string) => Promise.resolve(structuredClone(data.get(key))),
    set: (key: string, value: unknown) => {
      storage.writes += 1;
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
    del: (key: string) => {
      data.delete(key);
      return Promise.resolve();
    },
  };
  return storage;
}

let handle: PersistenceHandle | undefined;
afterEach(() => {
  handle?.stop();
  handle = undefined;
});

describe('persistence', () => {
  it('is a no-op without IndexedDB (Vitest, Node)', async () => {
    expect(isPersistenceAvailable()).toBe(false);
    expect(await loadPersistedDb()).toBe(false);
    handle = startPersistence();
    updateDb((db) => {
      db.faults.errorRate = 10;
    });
    await expect(handle.flush()).resolves.toBeUndefined();
  });

  it('saves after a mutating request, versioned, coalescing one task’s changes', async () => {
    const storage = memoryStorage();
    handle = startPersistence(storage, () => 42);
    const sent = await callApi('POST', '/auth/sms-code', {
      body: { phone: PERSONA_PHONES['cq-retiree'] },
      schema: smsCodeResponseSchema,
    });
    await handle.flush();
    expect(storage.data.get('db')).toEqual({
      version: PERSISTED_DB_VERSION,
      savedAtMs: 42,
      db: getDb(),
    });
    expect(getDb().smsCodes[PERSONA_PHONES['cq-retiree']]?.code).toBe(sent.data?.demoCode);

    const before = storage.writes;
    updateDb((db) => {
      db.faults.latencyMs = 100;
    });
    updateDb((db) => {
      db.faults.errorRate = 5;
    });
    await handle.flush();
    expect(storage.writes).toBe(before + 1);
  });

  it('clears the saved state on reset', async () => {
    const storage = memoryStorage();
    handle = startPersistence(storage);
    updateDb((db) => {
      db.faults.offline = true;
    });
    await handle.flush();
    expect(storage.data.has('db')).toBe(true);
    resetDb();
    await handle.flush();
    expect(storage.data.has('db')).toBe(false);
  });

  it('restores a saved state', async () => {
    const storage = memoryStorage();
    const saved = createSeedDb();
    saved.faults = { latencyMs: 800, errorRate: 20, offline: false };
    saved.sessions.abc = { token: 'abc', personaId: 'ty-employee', createdAtMs: 1 };
    await storage.set('db', { version: PERSISTED_DB_VERSION, savedAtMs: 1, db: saved });

    expect(await loadPersistedDb(storage)).toBe(true);
    expect(getDb()).toEqual(saved);
  });

  it.each([
    ['another version', { version: PERSISTED_DB_VERSION + 1, savedAtMs: 1, db: createSeedDb() }],
    ['another shape', { version: PERSISTED_DB_VERSION, savedAtMs: 1, db: { personas: 'old' } }],
    ['not an object', 'garbage'],
  ])('discards %s and keeps the seed', async (_label, blob) => {
    const storage = memoryStorage();
    await storage.set('db', blob);
    expect(await loadPersistedDb(storage)).toBe(false);
    expect(storage.data.has('db')).toBe(false);
    expect(getDb()).toEqual(createSeedDb());
  });
});
