import type { Faults } from '@/api-contract/demo';
import type { Profile } from '@/api-contract/profile';
import { invalidateReferenceData } from './reference/reference-data';
import { createSeedRecords } from './seed';
import type { PersonRecord } from './store/records';
import { Store, type StoreState, type Tx } from './store/store';
import type { DeepReadonly } from './store/table';

/** The demo backend's one store: every handler, the persistence and the tests share it. */
export const store = new Store(createSeedRecords);

// Reference data (pharmacies) is rebuilt lazily after a reset or a restore, so no index can
// outlive the state it was built beside; its first use after that pays the build. Catching up
// with another tab's commits keeps it: it depends on no mutable record.
store.subscribe((event) => {
  if (event.kind === 'reset' || event.kind === 'load') invalidateReferenceData();
});

/** The committed state: read freely, change only with `transact`. */
export function readState(): StoreState {
  return store.read();
}

export function transact<R>(work: (tx: Tx) => R): R {
  return store.transact(work);
}

/**
 * Runs `work` (a transaction, or a reset) as the only change in flight for this browser. In one
 * process JavaScript already gives that, so tests and the in-page fallback run it at once; the
 * demo backend's worker installs a runner that holds a Web Lock, first catches up with what
 * another tab's worker committed, and releases only once the change is stored (worker/).
 */
export type ExclusiveRunner = <R>(work: () => R, request?: Request) => Promise<R>;

const runAtOnce: ExclusiveRunner = (work) => Promise.resolve(work());
let runner: ExclusiveRunner = runAtOnce;

/** `request`: the one the work answers, when there is one (who asked, and on what clock). */
export function exclusive<R>(work: () => R, request?: Request): Promise<R> {
  return runner(work, request);
}

export function configureExclusive(next: ExclusiveRunner | null): void {
  runner = next ?? runAtOnce;
}

/** Back to the seed: persons as shipped, no sessions, no codes, no faults, no stored answers. */
export function resetDb(): void {
  store.reset();
}

type View = StoreState | Tx;

export function currentFaults(view: View = readState()): Faults {
  const row = view.faults.get('current');
  if (row === undefined) throw new Error('the faults row is missing');
  return {
    latencyMs: row.latencyMs,
    errorRate: row.errorRate,
    offline: row.offline,
    lostResponseRate: row.lostResponseRate,
    slowResponseRate: row.slowResponseRate,
  };
}

export function personByPhone(view: View, phone: string): DeepReadonly<PersonRecord> | undefined {
  return view.persons.findOne('phone', phone);
}

/** The personal account's balance: the sum of its ledger entries. */
export function personalBalanceFen(view: View, personId: string): number {
  return view.ledger
    .where('personId', personId)
    .filter((entry) => entry.account === 'personal')
    .reduce((sum, entry) => sum + entry.amountFen, 0);
}

const RELATION_ORDER = ['spouse', 'father', 'mother', 'child'] as const;

/** The person as the API shows them: the contract's Profile, built from the domain records. */
export function profileOf(view: View, personId: string): Profile {
  const person = view.persons.get(personId);
  if (person === undefined) throw new Error(`no person ${personId}`);
  return {
    id: person.id,
    name: person.name,
    idNumber: person.idNumber,
    phone: person.phone,
    gender: person.gender,
    birthDate: person.birthDate,
    insurance: {
      ...person.insurance,
      personalAccountBalanceFen: personalBalanceFen(view, person.id),
    },
    voucherActivated: view.vouchers
      .where('personId', person.id)
      .some((voucher) => voucher.status === 'active'),
    // In one fixed order: a state loaded from storage (a reload, another tab's commit) has its
    // records in key order, and the same person must read the same in every tab.
    family: [...view.relatives.where('personId', person.id)]
      .sort(
        (a, b) =>
          RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .map((relative) => ({
        id: relative.id,
        relation: relative.relation,
        name: relative.name,
        idNumber: relative.idNumber,
        birthDate: relative.birthDate,
        scheme: relative.scheme,
      })),
  };
}
