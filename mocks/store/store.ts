import {
  prescriptionRecordSchema,
  type PrescriptionRecord,
  faceCheckRecordSchema,
  insuredRegionRecordSchema,
  proxyMemberRecordSchema,
  voucherSettingsRecordSchema,
  voucherTokenRecordSchema,
  type FaceCheckRecord,
  type InsuredRegionRecord,
  type ProxyMemberRecord,
  type VoucherSettingsRecord,
  type VoucherTokenRecord,
  faultsRecordSchema,
  idempotencyRecordSchema,
  ledgerEntryRecordSchema,
  personRecordSchema,
  relativeRecordSchema,
  sessionRecordSchema,
  smsCodeRecordSchema,
  voucherPasswordRecordSchema,
  voucherRecordSchema,
  type FaultsRecord,
  type IdempotencyRecord,
  type LedgerEntryRecord,
  type PersonRecord,
  type RelativeRecord,
  type SessionRecord,
  type SmsCodeRecord,
  type VoucherPasswordRecord,
  type VoucherRecord,
} from './records';
import {
  familyAccountRecordSchema,
  familyBindingRecordSchema,
  familyMovementRecordSchema,
  familyPremiumRecordSchema,
  reauthGrantRecordSchema,
  type FamilyAccountRecord,
  type FamilyBindingRecord,
  type FamilyMovementRecord,
  type FamilyPremiumRecord,
  type ReauthGrantRecord,
} from './records';
import {
  counterVisitRecordSchema,
  paymentSettingsRecordSchema,
  settlementLegRecordSchema,
  settlementRecordSchema,
  type CounterVisitRecord,
  type PaymentSettingsRecord,
  type SettlementLegRecord,
  type SettlementRecord,
  traceSaleRecordSchema,
  type TraceSaleRecord,
} from './records';
import { DraftTable, Table, type RecordChange, type Row, type TableSpec } from './table';

/**
 * The demo backend's mutable state: one table per entity. Adding an entity (prescriptions,
 * family-account transfers) is a record schema in records.ts and one line here; persistence,
 * transactions and reset pick it up.
 */
function table<T extends Row>(spec: TableSpec<T>): TableSpec<T> {
  return spec;
}

export const TABLE_SPECS = {
  persons: table({
    name: 'persons',
    schema: personRecordSchema,
    indexes: { phone: (p: PersonRecord) => p.phone },
  }),
  relatives: table({
    name: 'relatives',
    schema: relativeRecordSchema,
    indexes: { personId: (r: RelativeRecord) => r.personId },
  }),
  vouchers: table({
    name: 'vouchers',
    schema: voucherRecordSchema,
    indexes: { personId: (v: VoucherRecord) => v.personId },
  }),
  voucherPasswords: table<VoucherPasswordRecord>({
    name: 'voucherPasswords',
    schema: voucherPasswordRecordSchema,
  }),
  ledger: table({
    name: 'ledger',
    schema: ledgerEntryRecordSchema,
    indexes: { personId: (e: LedgerEntryRecord) => e.personId },
  }),
  sessions: table({
    name: 'sessions',
    schema: sessionRecordSchema,
    indexes: { personId: (s: SessionRecord) => s.personId },
  }),
  smsCodes: table<SmsCodeRecord>({ name: 'smsCodes', schema: smsCodeRecordSchema }),
  idempotency: table<IdempotencyRecord>({ name: 'idempotency', schema: idempotencyRecordSchema }),
  faults: table<FaultsRecord>({ name: 'faults', schema: faultsRecordSchema }),
  prescriptions: table({
    name: 'prescriptions',
    schema: prescriptionRecordSchema,
    indexes: { personId: (p: PrescriptionRecord) => p.personId },
  }),
  insuredRegions: table({
    name: 'insuredRegions',
    schema: insuredRegionRecordSchema,
    indexes: { personId: (r: InsuredRegionRecord) => r.personId },
  }),
  faceChecks: table<FaceCheckRecord>({ name: 'faceChecks', schema: faceCheckRecordSchema }),
  voucherTokens: table<VoucherTokenRecord>({
    name: 'voucherTokens',
    schema: voucherTokenRecordSchema,
  }),
  proxyMembers: table({
    name: 'proxyMembers',
    schema: proxyMemberRecordSchema,
    indexes: { personId: (m: ProxyMemberRecord) => m.personId },
  }),
  voucherSettings: table<VoucherSettingsRecord>({
    name: 'voucherSettings',
    schema: voucherSettingsRecordSchema,
  }),
  // The family mutual-aid account (docs/decisions/012).
  familyAccounts: table({
    name: 'familyAccounts',
    schema: familyAccountRecordSchema,
    indexes: { personId: (a: FamilyAccountRecord) => a.personId },
  }),
  familyBindings: table({
    name: 'familyBindings',
    schema: familyBindingRecordSchema,
    indexes: { personId: (b: FamilyBindingRecord) => b.personId },
  }),
  familyMovements: table({
    name: 'familyMovements',
    schema: familyMovementRecordSchema,
    indexes: { personId: (m: FamilyMovementRecord) => m.personId },
  }),
  familyPremiums: table({
    name: 'familyPremiums',
    schema: familyPremiumRecordSchema,
    indexes: {
      personId: (p: FamilyPremiumRecord) => p.personId,
      relativeYear: (p: FamilyPremiumRecord) => p.relativeYear,
    },
  }),
  reauthGrants: table<ReauthGrantRecord>({
    name: 'reauthGrants',
    schema: reauthGrantRecordSchema,
  }),
  // Settlement at the counter (docs/decisions/022).
  counterVisits: table<CounterVisitRecord>({
    name: 'counterVisits',
    schema: counterVisitRecordSchema,
  }),
  settlements: table({
    name: 'settlements',
    schema: settlementRecordSchema,
    indexes: {
      personId: (r: SettlementRecord) => r.personId,
      prescriptionId: (r: SettlementRecord) => r.prescriptionId ?? '',
    },
  }),
  settlementLegs: table({
    name: 'settlementLegs',
    schema: settlementLegRecordSchema,
    indexes: { settlementId: (r: SettlementLegRecord) => r.settlementId },
  }),
  paymentSettings: table<PaymentSettingsRecord>({
    name: 'paymentSettings',
    schema: paymentSettingsRecordSchema,
  }),
  // Drug traceability codes: the demo's second sales of a box (docs/decisions/025).
  traceSales: table({
    name: 'traceSales',
    schema: traceSaleRecordSchema,
    indexes: { code: (r: TraceSaleRecord) => r.code },
  }),
};

type Specs = typeof TABLE_SPECS;
export type TableName = keyof Specs;
type RecordOf<K extends TableName> = Specs[K] extends TableSpec<infer T> ? T : never;

/** The whole state: one committed version of every table. */
export type StoreState = { readonly [K in TableName]: Table<RecordOf<K>> };
/** What a transaction sees and writes. */
export type Tx = { readonly [K in TableName]: DraftTable<RecordOf<K>> };
/** Every table's records as plain data: what the seed builds and persistence stores. */
export type StoreRecords = { [K in TableName]: RecordOf<K>[] };

export const TABLE_NAMES = Object.keys(TABLE_SPECS) as TableName[];

/** A set of records with every table empty but the one-row faults table, set to `faults`. */
export function emptyRecords(faults: Omit<FaultsRecord, 'id'>): StoreRecords {
  const records = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, []]),
  ) as unknown as StoreRecords;
  records.faults.push({ id: 'current', ...faults });
  return records;
}

export function stateFromRecords(records: StoreRecords): StoreState {
  const build = <K extends TableName>(name: K): Table<RecordOf<K>> =>
    Table.fromRecords(TABLE_SPECS[name] as unknown as TableSpec<RecordOf<K>>, records[name]);
  return Object.fromEntries(
    TABLE_NAMES.map((name) => [name, build(name)]),
  ) as unknown as StoreState;
}

/** Plain copies of every record, tables in a fixed order and records by id: comparable. */
export function recordsOf(state: StoreState): StoreRecords {
  return Object.fromEntries(
    TABLE_NAMES.map((name) => [
      name,
      state[name]
        .all()
        .map((record) => structuredClone(record))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ]),
  ) as StoreRecords;
}

/**
 * `load` replaces the state with a saved one at start; `sync` with what another tab's backend
 * committed since this one last looked (the records are the same kind of truth, only newer).
 */
export type StoreEvent =
  | { kind: 'commit'; changes: RecordChange[] }
  | { kind: 'reset' }
  | { kind: 'load' }
  | { kind: 'sync' };
type Listener = (event: StoreEvent) => void;

/**
 * Holds the current state and swaps it whole on every commit. A transaction is a synchronous
 * function over draft tables: JavaScript runs it to the end before any other request's code,
 * so two requests cannot interleave inside one, and a transaction that throws is simply
 * dropped: nothing was written to the committed state, so memory and storage stay as they were.
 * The rule for handlers that follows: read what a decision depends on and write its outcome in
 * the same transaction, never across an `await`.
 */
export class Store {
  private current: StoreState;
  private readonly listeners = new Set<Listener>();
  private committing = false;

  constructor(private readonly seed: () => StoreRecords) {
    this.current = stateFromRecords(seed());
  }

  /** The committed state; safe to keep (it never changes), stale after the next commit. */
  read(): StoreState {
    return this.current;
  }

  transact<R>(work: (tx: Tx) => R): R {
    if (this.committing) throw new Error('transactions do not nest');
    this.committing = true;
    try {
      const drafts = Object.fromEntries(
        TABLE_NAMES.map((name) => [name, new DraftTable(this.current[name] as Table<Row>)]),
      ) as unknown as Tx;
      const result = work(drafts);
      if (isThenable(result)) {
        // An await inside would let other requests run between a read and its write.
        throw new Error('a transaction must be synchronous');
      }
      const changes: RecordChange[] = [];
      const next = Object.fromEntries(
        TABLE_NAMES.map((name) => {
          const committed = (drafts[name] as DraftTable<Row>).commit();
          changes.push(...committed.changes);
          return [name, committed.table];
        }),
      ) as unknown as StoreState;
      if (changes.length > 0) {
        this.current = next;
        this.notify({ kind: 'commit', changes });
      }
      return result;
    } finally {
      this.committing = false;
    }
  }

  /** Back to the seed. */
  reset(): void {
    if (this.committing) throw new Error('reset inside a transaction');
    this.current = stateFromRecords(this.seed());
    this.notify({ kind: 'reset' });
  }

  /** Replaces the state with records restored from storage (already validated). */
  load(records: StoreRecords, kind: 'load' | 'sync' = 'load'): void {
    if (this.committing) throw new Error('load inside a transaction');
    this.current = stateFromRecords(records);
    this.notify({ kind });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private notify(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
