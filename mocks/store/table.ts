import type * as z from 'zod/mini';

/** Every stored record has a string id, unique within its table. */
export interface Row {
  readonly id: string;
}

/**
 * What a table is: its name (also its key prefix in IndexedDB), the schema its records are
 * checked against when they come back from storage, and secondary lookups by a derived key.
 */
export interface TableSpec<T extends Row> {
  name: string;
  schema: z.ZodMiniType<T>;
  /** Secondary lookups: index name → the key (or keys) a record is found under. */
  indexes?: Readonly<Record<string, (record: T) => string | readonly string[] | undefined>>;
}

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

type IndexMaps = Map<string, Map<string, string[]>>;

/**
 * One committed version of a table: records by id, never changed after the commit that made it
 * (records are frozen), so a reader can hold it across awaits and a failed transaction has
 * nothing to undo. Secondary indexes are built on first use and belong to this version.
 */
export class Table<T extends Row> {
  private indexMaps: IndexMaps | undefined;

  constructor(
    readonly spec: TableSpec<T>,
    private readonly rows: ReadonlyMap<string, DeepReadonly<T>>,
  ) {}

  static fromRecords<T extends Row>(spec: TableSpec<T>, records: Iterable<T>): Table<T> {
    const rows = new Map<string, DeepReadonly<T>>();
    for (const record of records) {
      if (rows.has(record.id)) throw new Error(`${spec.name}: duplicate id ${record.id}`);
      rows.set(record.id, deepFreeze(structuredClone(record)) as DeepReadonly<T>);
    }
    return new Table(spec, rows);
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: string): DeepReadonly<T> | undefined {
    return this.rows.get(id);
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  all(): DeepReadonly<T>[] {
    return [...this.rows.values()];
  }

  /** Records whose index `index` yields `key`, in insertion order. */
  where(index: string, key: string): DeepReadonly<T>[] {
    const ids = this.indexes().get(index)?.get(key) ?? [];
    return ids.flatMap((id) => {
      const record = this.rows.get(id);
      return record === undefined ? [] : [record];
    });
  }

  /** The one record found under `key`; for indexes that are unique by meaning (a phone). */
  findOne(index: string, key: string): DeepReadonly<T> | undefined {
    return this.where(index, key)[0];
  }

  /** The rows for a transaction to copy; the map itself stays this version's. */
  entries(): ReadonlyMap<string, DeepReadonly<T>> {
    return this.rows;
  }

  private indexes(): IndexMaps {
    if (this.indexMaps) return this.indexMaps;
    const maps: IndexMaps = new Map();
    for (const [name, keyOf] of Object.entries(this.spec.indexes ?? {})) {
      const map = new Map<string, string[]>();
      for (const record of this.rows.values()) {
        const keys = keyOf(record as T);
        for (const key of typeof keys === 'string' ? [keys] : (keys ?? [])) {
          const ids = map.get(key);
          if (ids) ids.push(record.id);
          else map.set(key, [record.id]);
        }
      }
      maps.set(name, map);
    }
    this.indexMaps = maps;
    return maps;
  }
}

/** A change a commit made to one record: the new record, or null when it was deleted. */
export interface RecordChange {
  table: string;
  id: string;
  record: Row | null;
}

/**
 * A table inside a transaction: reads see the transaction's own writes; the first write copies
 * the row map (copy on write), so the committed version is untouched until commit.
 */
export class DraftTable<T extends Row> {
  private rows: Map<string, DeepReadonly<T>> | undefined;
  private readonly changed = new Set<string>();

  constructor(private readonly base: Table<T>) {}

  get(id: string): DeepReadonly<T> | undefined {
    return (this.rows ?? this.base.entries()).get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  all(): DeepReadonly<T>[] {
    return [...(this.rows ?? this.base.entries()).values()];
  }

  where(index: string, key: string): DeepReadonly<T>[] {
    if (this.rows === undefined) return this.base.where(index, key);
    // Written to in this transaction: the base's index may be stale, so scan (tables are small).
    const keyOf = this.base.spec.indexes?.[index];
    if (keyOf === undefined) throw new Error(`${this.base.spec.name}: no index ${index}`);
    return this.all().filter((record) => {
      const keys = keyOf(record as T);
      return typeof keys === 'string' ? keys === key : (keys ?? []).includes(key);
    });
  }

  findOne(index: string, key: string): DeepReadonly<T> | undefined {
    return this.where(index, key)[0];
  }

  /** Adds a record whose id must be new. */
  insert(record: T): DeepReadonly<T> {
    if (this.has(record.id)) throw new Error(`${this.base.spec.name}: ${record.id} exists`);
    return this.put(record);
  }

  /** Adds or replaces a record. The record is copied and frozen: later edits need `update`. */
  put(record: T): DeepReadonly<T> {
    const frozen = deepFreeze(structuredClone(record)) as DeepReadonly<T>;
    this.writable().set(record.id, frozen);
    this.changed.add(record.id);
    return frozen;
  }

  /** Replaces a record with `change(current)`; the id must exist and stay the same. */
  update(id: string, change: (current: DeepReadonly<T>) => T): DeepReadonly<T> {
    const current = this.get(id);
    if (current === undefined) throw new Error(`${this.base.spec.name}: no ${id}`);
    const next = change(current);
    if (next.id !== id) throw new Error(`${this.base.spec.name}: update changed the id of ${id}`);
    return this.put(next);
  }

  delete(id: string): boolean {
    if (!this.has(id)) return false;
    this.writable().delete(id);
    this.changed.add(id);
    return true;
  }

  /** The committed version this transaction makes, and what changed; the base if nothing did. */
  commit(): { table: Table<T>; changes: RecordChange[] } {
    if (this.rows === undefined || this.changed.size === 0)
      return { table: this.base, changes: [] };
    const rows = this.rows;
    const changes = [...this.changed].map((id) => ({
      table: this.base.spec.name,
      id,
      record: rows.get(id) ?? null,
    }));
    return { table: new Table(this.base.spec, rows), changes };
  }

  private writable(): Map<string, DeepReadonly<T>> {
    this.rows ??= new Map(this.base.entries());
    return this.rows;
  }
}
