import { chinaDateOf } from '@/rules/dates';
import type { Faults, PersonaSummary } from '@/api-contract/demo';
import type { Profile } from '@/api-contract/profile';
import { findDatedPolicy, monthlyAccountCredit } from '@/rules';
import { seedPrescriptions } from './prescription-seed';
import { emptyRecords, type StoreRecords } from './store/store';
import { voucherPasswordRecord } from './voucher-password';
import { seedInsuredRegions } from './voucher-seed';

/**
 * The demo people. Their data differ on purpose, so each demo path has someone to show it:
 * a Chongqing retiree (outpatient pooling, retired ratios), a Fuzhou employee with parents and a
 * child (family mutual-aid account, DRG), a Taiyuan employee whose e-voucher is not activated
 * (activation flow, Shanxi pharmacy pooling).
 *
 * Ages are as of DEMO_TODAY. ID numbers are valid GB 11643-1999 numbers with real region codes,
 * birth dates and gender digits that match the profile; they belong to nobody (made-up sequence
 * numbers), and the seed test checks every one.
 *
 * The seed builds records in the store's domain shapes (persons, relatives, vouchers, ledger
 * entries); `personas[].profile` is the same data in the API's shape, for tests to compare with.
 * Changing the seed's data is safe: saved demo states keep their own records. Changing a record
 * shape needs a migration in persistence.ts.
 */
export const DEMO_TODAY = '2026-11-22';

export const PERSONA_IDS = ['cq-retiree', 'fz-employee', 'ty-employee'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

export const PERSONA_PHONES: Readonly<Record<PersonaId, string>> = {
  'cq-retiree': '13800001111',
  'fz-employee': '13900002222',
  'ty-employee': '13700003333',
};

/**
 * The e-voucher password of every persona whose voucher is active, for re-authentication before
 * money moves (the demo guide gives it to support staff). Not a run, a repeat or a birth date.
 */
export const DEMO_VOUCHER_PASSWORD = '802413';

export const NO_FAULTS: Readonly<Faults> = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  offline: false,
  lostResponseRate: 0,
  slowResponseRate: 0,
});

// Opening balances and activations are dated at the start of the demo year.
const SEEDED_AT_MS = Date.parse('2026-01-01T00:00:00+08:00');

const seedProfiles: Readonly<Record<PersonaId, Profile>> = {
  'cq-retiree': {
    id: 'user-cq-0001',
    name: '张建国',
    idNumber: '500103195403150173',
    phone: PERSONA_PHONES['cq-retiree'],
    gender: 'male',
    birthDate: '1954-03-15',
    insurance: {
      scheme: 'employee',
      status: 'retired',
      enrolment: 'unit',
      policyId: 'cq-employee-outpatient-2024',
      // Chongqing's pooling is municipality-wide, so the region is the municipality.
      regionCode: '500000',
      regionName: '重庆市',
      personalAccountBalanceFen: 386_050,
      contributionBaseFen: null,
    },
    voucherActivated: true,
    family: [
      {
        id: 'fm-cq-spouse',
        relation: 'spouse',
        name: '李秀兰',
        idNumber: '500103195608200242',
        birthDate: '1956-08-20',
        scheme: 'employee',
      },
    ],
  },
  'fz-employee': {
    id: 'user-fz-0001',
    name: '林晓燕',
    idNumber: '350102199206080261',
    phone: PERSONA_PHONES['fz-employee'],
    gender: 'female',
    birthDate: '1992-06-08',
    insurance: {
      scheme: 'employee',
      status: 'employed',
      enrolment: 'unit',
      policyId: 'fz-drg-2021',
      regionCode: '350100',
      regionName: '福州市',
      personalAccountBalanceFen: 528_073,
      contributionBaseFen: 650_000,
    },
    voucherActivated: true,
    family: [
      {
        id: 'fm-fz-father',
        relation: 'father',
        name: '林国华',
        idNumber: '350181196209120312',
        birthDate: '1962-09-12',
        scheme: 'resident',
      },
      {
        id: 'fm-fz-mother',
        relation: 'mother',
        name: '陈美玉',
        idNumber: '350181196502280489',
        birthDate: '1965-02-28',
        scheme: 'resident',
      },
      {
        id: 'fm-fz-child',
        relation: 'child',
        name: '郑浩然',
        idNumber: '350102201904160154',
        birthDate: '2019-04-16',
        scheme: 'resident',
      },
    ],
  },
  'ty-employee': {
    id: 'user-ty-0001',
    name: '王志强',
    idNumber: '140105198810050531',
    phone: PERSONA_PHONES['ty-employee'],
    gender: 'male',
    birthDate: '1988-10-05',
    insurance: {
      scheme: 'employee',
      status: 'employed',
      enrolment: 'unit',
      policyId: 'sx-pharmacy-2023',
      regionCode: '140100',
      regionName: '太原市',
      personalAccountBalanceFen: 126_400,
      contributionBaseFen: 520_000,
    },
    voucherActivated: false,
    family: [],
  },
};

const PERSONA_LABEL_KEYS: Readonly<Record<PersonaId, string>> = {
  'cq-retiree': 'demo.persona.cqRetiree',
  'fz-employee': 'demo.persona.fzEmployee',
  'ty-employee': 'demo.persona.tyEmployee',
};

export interface SeedPersona extends PersonaSummary {
  id: PersonaId;
  /** The person's id in the store's `persons` table. */
  personId: string;
  /** The person as the API shows them right after a reset. */
  profile: Readonly<Profile>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The personas as shipped, for the demo console, tests and the demo guide (frozen). The first
 * is the Chongqing retiree.
 */
export const personas: readonly SeedPersona[] = PERSONA_IDS.map((id) => {
  const profile = seedProfiles[id];
  return deepFreeze({
    id,
    personId: profile.id,
    labelKey: PERSONA_LABEL_KEYS[id],
    name: profile.name,
    phone: profile.phone,
    regionName: profile.insurance.regionName,
    profile: structuredClone(profile),
  });
});

export function personaByPersonId(personId: string): SeedPersona | undefined {
  return personas.find((p) => p.personId === personId);
}

/** The store's records from an API-shaped profile: how the seed (and the v1 migration) build. */
export type PersonRecords = Pick<
  StoreRecords,
  'persons' | 'relatives' | 'vouchers' | 'voucherPasswords' | 'ledger'
>;

export function recordsFromProfile(profile: Profile, atMs: number): PersonRecords {
  const { personalAccountBalanceFen, ...insurance } = profile.insurance;
  return {
    persons: [
      {
        id: profile.id,
        name: profile.name,
        idNumber: profile.idNumber,
        phone: profile.phone,
        gender: profile.gender,
        birthDate: profile.birthDate,
        insurance,
      },
    ],
    relatives: profile.family.map((member) => ({ ...member, personId: profile.id })),
    vouchers: profile.voucherActivated
      ? [
          {
            id: `ev-${profile.id}`,
            personId: profile.id,
            status: 'active',
            regionCode: profile.insurance.regionCode,
            activatedAtMs: atMs,
          },
        ]
      : [],
    voucherPasswords: profile.voucherActivated
      ? [
          voucherPasswordRecord(profile.id, DEMO_VOUCHER_PASSWORD, {
            // Fixed, so two seeds are equal record for record (reset tests compare them).
            saltHex: Array.from(profile.id, (c) => c.charCodeAt(0).toString(16))
              .join('')
              .padEnd(32, '0')
              .slice(0, 32),
            atMs,
          }),
        ]
      : [],
    ledger: [
      {
        id: `le-${profile.id}-opening`,
        personId: profile.id,
        account: 'personal',
        kind: 'opening-balance',
        amountFen: personalAccountBalanceFen,
        atMs,
      },
    ],
  };
}

/** A fresh set of records to start from or reset to; nothing is shared with earlier copies. */
export function createSeedRecords(): StoreRecords {
  const records = emptyRecords(NO_FAULTS);
  for (const persona of personas) {
    addPersonRecords(
      records,
      recordsFromProfile(structuredClone(persona.profile) as Profile, SEEDED_AT_MS),
    );
  }
  records.insuredRegions.push(...seedInsuredRegions());
  // Issued relative to the device's time when seeded, so some are still valid when the demo
  // starts. Not the backend clock: a test's manual clock must not make two resets differ.
  records.prescriptions.push(...seedPrescriptions(Date.now()));
  // The same device time: this year's monthly credits, so the records have a year to show.
  addMonthlyCredits(records, Date.now());
  return records;
}

/**
 * This year's monthly personal-account credits (个人账户划入, on the 1st in China) up to this
 * month, under each person's policy (docs/decisions/024). The balance stays the persona's: the
 * opening entry becomes what was carried over into the year, the balance less the credits.
 */
export function addMonthlyCredits(records: StoreRecords, atMs: number): void {
  const [year = 0, month = 0] = chinaDateOf(atMs).slice(0, 7).split('-').map(Number);
  for (const person of records.persons) {
    const spec = findDatedPolicy(person.insurance.policyId ?? '')?.accountCredit;
    const opening = records.ledger.find(
      (e) => e.personId === person.id && e.kind === 'opening-balance',
    );
    if (spec === undefined || opening === undefined) continue;
    let creditedFen = 0;
    for (let m = 1; m <= month; m += 1) {
      const date = `${year}-${String(m).padStart(2, '0')}-01`;
      const born = person.birthDate;
      const age = year - Number(born.slice(0, 4)) - (date.slice(5) < born.slice(5) ? 1 : 0);
      let monthlyFen: number;
      try {
        monthlyFen = monthlyAccountCredit(
          spec,
          {
            member: { status: person.insurance.status, enrolment: person.insurance.enrolment },
            age,
            ...(person.insurance.contributionBaseFen === null
              ? {}
              : { contributionBaseFen: person.insurance.contributionBaseFen }),
          },
          date,
        ).monthlyFen;
      } catch {
        // No rule in force that month (before the reform): nothing was credited.
        continue;
      }
      // Never more than the persona's balance: the carried-over amount cannot go negative.
      if (monthlyFen <= 0 || creditedFen + monthlyFen > opening.amountFen) continue;
      creditedFen += monthlyFen;
      records.ledger.push({
        id: `le-${person.id}-credit-${date.slice(0, 7)}`,
        personId: person.id,
        account: 'personal',
        kind: 'credit',
        amountFen: monthlyFen,
        atMs: Date.parse(`${date}T00:00:00+08:00`),
        memo: 'monthly-credit',
      });
    }
    opening.amountFen -= creditedFen;
    opening.atMs = Date.parse(`${year}-01-01T00:00:00+08:00`);
  }
}

/** Adds one person's records (from `recordsFromProfile`) to a whole set. */
export function addPersonRecords(records: StoreRecords, person: PersonRecords): void {
  records.persons.push(...person.persons);
  records.relatives.push(...person.relatives);
  records.vouchers.push(...person.vouchers);
  records.voucherPasswords.push(...person.voucherPasswords);
  records.ledger.push(...person.ledger);
}
