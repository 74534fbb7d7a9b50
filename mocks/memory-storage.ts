import type { RecordStorage } from './persistence';

/**
 * A record storage in memory for tests: what IndexedDB keeps, copied in and out as IndexedDB
 * copies (structured clone), with the keys each write touched.
 */
export function memoryStorage(): RecordStorage & {
  writes: Array<{ puts: string[]; deletes: string[] }>;
  /** The stored records, without the meta entry (whose commit id differs on every write). */
  records: () => Map<string, unknown>;
} {
  const data = new Map<string, unknown>();
  const writes: Array<{ puts: string[]; deletes: string[] }> = [];
  return {
    writes,
    records: () => new Map([...data].filter(([key]) => key !== 'meta')),
    readAll: () => Promise.resolve(new Map([...data].map(([k, v]) => [k, structuredClone(v)]))),
    read: (key) => Promise.resolve(structuredClone(data.get(key))),
    write: (puts, deletes) => {
      writes.push({ puts: puts.map(([k]) => k), deletes: [...deletes] });
      for (const [key, value] of puts) data.set(key, structuredClone(value));
      for (const key of deletes) data.delete(key);
      return Promise.resolve();
    },
    replaceAll: (puts) => {
      data.clear();
      for (const [key, value] of puts) data.set(key, structuredClone(value));
      return Promise.resolve();
    },
  };
}
