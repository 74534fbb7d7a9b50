/**
 * The demo's drug catalogue: a few dozen entries of the national medical-insurance drug list
 * (国家医保药品目录), enough for the seeded prescriptions. Names and specs are real drugs; codes
 * follow the shape of the national drug code (医保药品编码) but are not looked up, and prices are
 * plausible platform prices, not quotes. Reference data: read-only, never persisted.
 */

import type { DrugSupply } from './pharmacies/stock';

/**
 * Drugs a pharmacy may not dispense under outpatient pooling and a long prescription may never
 * hold: toxic, narcotic, psychotropic and radioactive (毒、麻、精、放; POLICY-FACTS §3 and §8).
 */
export type RestrictedClass = 'toxic' | 'narcotic' | 'psychotropic' | 'radioactive';

export interface Drug {
  readonly code: string;
  readonly name: string;
  /** Strength and pack, as printed on the prescription. */
  readonly spec: string;
  /** 甲 (class A, fully in scope) or 乙 (class B, in scope after a personal first share). */
  readonly catalogueClass: '甲' | '乙';
  /** Price of one pack, integer fen. */
  readonly unitPriceFen: number;
  readonly unit: string;
  readonly supply: DrugSupply;
  readonly restricted?: RestrictedClass;
}

const DRUG_LIST: readonly Drug[] = [
  {
    code: 'XA10BAM048A001010100811',
    name: '盐酸二甲双胍片',
    spec: '0.5g×48片',
    catalogueClass: '甲',
    unitPriceFen: 1_280,
    unit: '盒',
    supply: 'common',
  },
  {
    code: 'XC08CAA040A001010101617',
    name: '苯磺酸氨氯地平片',
    spec: '5mg×28片',
    catalogueClass: '甲',
    unitPriceFen: 2_350,
    unit: '盒',
    supply: 'common',
  },
  {
    code: 'XC10AAA057A001010102345',
    name: '阿托伐他汀钙片',
    spec: '20mg×14片',
    catalogueClass: '乙',
    unitPriceFen: 3_460,
    unit: '盒',
    supply: 'specialty',
  },
  {
    code: 'XC09CAX012A001010103188',
    name: '缬沙坦胶囊',
    spec: '80mg×28粒',
    catalogueClass: '乙',
    unitPriceFen: 2_890,
    unit: '盒',
    supply: 'specialty',
  },
  {
    code: 'XA10BXS081A001010104410',
    name: '达格列净片',
    spec: '10mg×30片',
    catalogueClass: '乙',
    unitPriceFen: 10_860,
    unit: '盒',
    supply: 'negotiated',
  },
  {
    code: 'XR05CBA001A001010105020',
    name: '氨溴索口服溶液',
    spec: '100ml:0.6g',
    catalogueClass: '乙',
    unitPriceFen: 1_650,
    unit: '瓶',
    supply: 'common',
  },
  {
    code: 'XJ01CRA001A001010106031',
    name: '阿莫西林克拉维酸钾片',
    spec: '0.375g×12片',
    catalogueClass: '甲',
    unitPriceFen: 1_980,
    unit: '盒',
    supply: 'common',
  },
  {
    code: 'XN05CDA010A001010107112',
    name: '艾司唑仑片',
    spec: '1mg×20片',
    catalogueClass: '甲',
    unitPriceFen: 560,
    unit: '盒',
    supply: 'common',
    restricted: 'psychotropic',
  },
  {
    code: 'XN02AAM090A001010108203',
    name: '盐酸吗啡缓释片',
    spec: '30mg×10片',
    catalogueClass: '甲',
    unitPriceFen: 3_240,
    unit: '盒',
    supply: 'common',
    restricted: 'narcotic',
  },
  {
    code: 'XB01ACA056A001010109004',
    name: '阿司匹林肠溶片',
    spec: '100mg×30片',
    catalogueClass: '甲',
    unitPriceFen: 1_560,
    unit: '盒',
    supply: 'common',
  },
];

export const DRUGS: ReadonlyMap<string, Drug> = new Map(DRUG_LIST.map((d) => [d.code, d]));

export function drugByCode(code: string): Drug | undefined {
  return DRUGS.get(code);
}

/** Whether a pharmacy may dispense the drug under outpatient pooling (§3: not 毒、麻、精、放). */
export function eligibleForPharmacyPooling(drug: Drug): boolean {
  return drug.restricted === undefined;
}
