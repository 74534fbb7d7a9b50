import type { Faults, PersonaSummary } from '@/api-contract/demo';
import type { Profile } from '@/api-contract/profile';
import type { DbState, PersonaRecord } from './db';

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
 * Changing the seed's shape or data: bump PERSISTED_DB_VERSION in persistence.ts, or browsers that
 * saved the old state keep showing it.
 */
export const DEMO_TODAY = '2026-11-22';

export const PERSONA_IDS = ['cq-retiree', 'fz-employee', 'ty-employee'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

export const PERSONA_PHONES: Readonly<Record<PersonaId, string>> = {
  'cq-retiree': '13800001111',
  'fz-employee': '13900002222',
  'ty-employee': '13700003333',
};

export const NO_FAULTS: Readonly<Faults> = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  offline: false,
});

const seedPersonaRecords: readonly PersonaRecord[] = [
  {
    id: 'cq-retiree',
    labelKey: 'demo.persona.cqRetiree',
    profile: {
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
  },
  {
    id: 'fz-employee',
    labelKey: 'demo.persona.fzEmployee',
    profile: {
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
  },
  {
    id: 'ty-employee',
    labelKey: 'demo.persona.tyEmployee',
    profile: {
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
  },
];

export interface SeedPersona extends PersonaSummary {
  id: PersonaId;
  profile: Readonly<Profile>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function isPersonaId(id: string): id is PersonaId {
  return (PERSONA_IDS as readonly string[]).includes(id);
}

/**
 * The personas as shipped, for tests and the demo guide (frozen: change the db, not these).
 * The first is the Chongqing retiree.
 */
export const personas: readonly SeedPersona[] = seedPersonaRecords.map((record) => {
  if (!isPersonaId(record.id)) throw new Error(`seed persona ${record.id} is not in PERSONA_IDS`);
  return deepFreeze({
    id: record.id,
    labelKey: record.labelKey,
    name: record.profile.name,
    phone: record.profile.phone,
    regionName: record.profile.insurance.regionName,
    profile: structuredClone(record.profile),
  });
});

/** A deep copy of the personas as shipped, safe for the caller to change. */
export function seedPersonas(): PersonaRecord[] {
  return seedPersonaRecords.map((persona) => structuredClone(persona));
}

/** A fresh state to start from or reset to; nothing is shared with earlier copies. */
export function createSeedDb(): DbState {
  return {
    personas: seedPersonas(),
    sessions: {},
    smsCodes: {},
    faults: { ...NO_FAULTS },
  };
}
