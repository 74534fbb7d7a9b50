import type { PrescriptionRecord } from './store/records';

/**
 * Each persona's e-prescriptions, one or more in every status, issued relative to the moment
 * the demo is seeded (or reset): a prescription is valid for days, so fixed dates would all be
 * expired by the time anyone opens the demo. The time is floored to the hour, so two seeds made
 * in the same hour are equal record for record (the reset tests compare them).
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** 72 h: the default validity of an e-prescription (POLICY-FACTS §3). */
export const DEFAULT_VALID_DAYS = 3;

interface Place {
  personId: string;
  key: string;
  hospital: { name: string; level: 1 | 2 | 3 };
  clinic: { name: string; level: 1 | 2 | 3 };
  /** A pharmacy of the persona's city that has pooling (for the prescription already sent). */
  sentToPharmacyId: string;
}

const PLACES: readonly Place[] = [
  {
    personId: 'user-cq-0001',
    key: 'cq',
    hospital: { name: '重庆医科大学附属第一医院', level: 3 },
    clinic: { name: '渝中区七星岗街道社区卫生服务中心', level: 1 },
    sentToPharmacyId: 'ph-049681',
  },
  {
    personId: 'user-fz-0001',
    key: 'fz',
    hospital: { name: '福建省立医院', level: 3 },
    clinic: { name: '福州市鼓楼区鼓东街道社区卫生服务中心', level: 1 },
    sentToPharmacyId: 'ph-092988',
  },
  {
    personId: 'user-ty-0001',
    key: 'ty',
    hospital: { name: '山西医科大学第二医院', level: 3 },
    clinic: { name: '太原市小店区人民医院', level: 2 },
    sentToPharmacyId: 'ph-094207',
  },
];

const METFORMIN = 'XA10BAM048A001010100811';
const AMLODIPINE = 'XC08CAA040A001010101617';
const ATORVASTATIN = 'XC10AAA057A001010102345';
const VALSARTAN = 'XC09CAX012A001010103188';
const DAPAGLIFLOZIN = 'XA10BXS081A001010104410';
const AMBROXOL = 'XR05CBA001A001010105020';
const AMOXICLAV = 'XJ01CRA001A001010106031';
const ESTAZOLAM = 'XN05CDA010A001010107112';
const ASPIRIN = 'XB01ACA056A001010109004';

/** The seed's notion of now: the given time floored to the hour. */
export function prescriptionSeedTime(atMs: number): number {
  return Math.floor(atMs / HOUR_MS) * HOUR_MS;
}

export function seedPrescriptions(atMs: number): PrescriptionRecord[] {
  const t = prescriptionSeedTime(atMs);
  return PLACES.flatMap((place): PrescriptionRecord[] => {
    const id = (n: number) => `rx-${place.key}-${String(n).padStart(2, '0')}`;
    const base = {
      personId: place.personId,
      revokedReason: null,
      dispensing: null,
      longTermWeeks: null,
      validDays: DEFAULT_VALID_DAYS,
    } as const;
    return [
      {
        ...base,
        id: id(1),
        status: 'to-collect',
        hospitalName: place.hospital.name,
        institutionLevel: place.hospital.level,
        department: '内分泌科',
        doctorName: '陈医生',
        diagnosis: '2型糖尿病；原发性高血压',
        issuedAtMs: t - 5 * HOUR_MS,
        kind: 'outpatient-pooling',
        items: [
          { code: METFORMIN, quantity: 2, usage: '口服，一次0.5g，一日3次', days: 14 },
          { code: AMLODIPINE, quantity: 1, usage: '口服，一次5mg，一日1次', days: 28 },
        ],
      },
      {
        ...base,
        id: id(2),
        status: 'to-collect',
        hospitalName: place.hospital.name,
        institutionLevel: place.hospital.level,
        department: '内分泌科',
        doctorName: '陈医生',
        diagnosis: '2型糖尿病（病情稳定，长期处方）',
        issuedAtMs: t - 26 * HOUR_MS,
        // A long prescription: 8 weeks of drugs, still 72 h to take it to a pharmacy.
        longTermWeeks: 8,
        kind: 'dual-channel',
        items: [
          { code: DAPAGLIFLOZIN, quantity: 2, usage: '口服，一次10mg，一日1次', days: 56 },
          { code: METFORMIN, quantity: 4, usage: '口服，一次0.5g，一日2次', days: 56 },
        ],
      },
      {
        ...base,
        id: id(3),
        status: 'sent',
        hospitalName: place.clinic.name,
        institutionLevel: place.clinic.level,
        department: '全科',
        doctorName: '刘医生',
        diagnosis: '高脂血症',
        issuedAtMs: t - 30 * HOUR_MS,
        kind: 'outpatient-pooling',
        items: [{ code: ATORVASTATIN, quantity: 2, usage: '口服，一次20mg，每晚1次', days: 28 }],
        dispensing: {
          pharmacyId: place.sentToPharmacyId,
          method: 'pickup',
          pickupCode:
            place.key === 'cq' ? '50318264' : place.key === 'fz' ? '35027719' : '14059386',
          sentAtMs: t - 29 * HOUR_MS,
          deliveryFeeFen: 0,
          address: null,
        },
      },
      {
        ...base,
        id: id(4),
        status: 'collected',
        hospitalName: place.clinic.name,
        institutionLevel: place.clinic.level,
        department: '全科',
        doctorName: '刘医生',
        diagnosis: '失眠；急性支气管炎',
        issuedAtMs: t - 20 * DAY_MS,
        kind: 'other',
        items: [
          { code: AMBROXOL, quantity: 1, usage: '口服，一次10ml，一日3次', days: 5 },
          // A psychotropic drug: shown as not eligible for pharmacy pooling.
          { code: ESTAZOLAM, quantity: 1, usage: '睡前口服，一次1mg', days: 7 },
        ],
        dispensing: {
          pharmacyId: place.sentToPharmacyId,
          method: 'pickup',
          pickupCode:
            place.key === 'cq' ? '50311107' : place.key === 'fz' ? '35020046' : '14052231',
          sentAtMs: t - 20 * DAY_MS + 2 * HOUR_MS,
          deliveryFeeFen: 0,
          address: null,
        },
      },
      {
        ...base,
        id: id(5),
        status: 'to-collect',
        hospitalName: place.hospital.name,
        institutionLevel: place.hospital.level,
        department: '呼吸内科',
        doctorName: '黄医生',
        diagnosis: '急性上呼吸道感染',
        // Issued 4 days ago with 3 valid days: expired a day ago (computed on read).
        issuedAtMs: t - 4 * DAY_MS,
        kind: 'outpatient-pooling',
        items: [
          { code: AMOXICLAV, quantity: 1, usage: '口服，一次1片，一日3次', days: 4 },
          { code: AMBROXOL, quantity: 1, usage: '口服，一次10ml，一日3次', days: 5 },
        ],
      },
      {
        ...base,
        id: id(6),
        status: 'revoked',
        hospitalName: place.hospital.name,
        institutionLevel: place.hospital.level,
        department: '心内科',
        doctorName: '周医生',
        diagnosis: '原发性高血压',
        issuedAtMs: t - 10 * HOUR_MS,
        kind: 'outpatient-pooling',
        items: [
          { code: VALSARTAN, quantity: 1, usage: '口服，一次80mg，一日1次', days: 28 },
          { code: ASPIRIN, quantity: 1, usage: '口服，一次100mg，一日1次', days: 30 },
        ],
        revokedReason: '医生调整了用药方案',
      },
    ];
  });
}
