import { RULES_POLICY } from '../message-keys';
import type { PolicyDefinition, SourceRef } from '../types';

/*
 * Shanxi pharmacy outpatient pooling (定点零售药店门诊统筹), 晋医保办发〔2023〕2号 of 2023-02-20,
 * forwarding the national notice 医保办发〔2023〕4号 (both in source 003).
 *
 * Only 'pharmacy' is covered. The notice sets numbers for drugs bought at a designated pharmacy
 * on a designated institution's prescription; it says the pharmacy follows the primary-level
 * (基层) institutions' policy but states no numbers for outpatient care at hospitals of any
 * level, so estimating hospital outpatient visits with these numbers would be a guess.
 */

const src = (clause: string): SourceRef => ({ doc: '003', clause });

export const sxPharmacy2023 = {
  id: 'sx-pharmacy-2023',
  region: 'CN-SX',
  titleKey: RULES_POLICY.sxTitle,
  regionKey: RULES_POLICY.sxRegion,
  effectiveFrom: '2023-02-20',
  effective: {
    id: 'sx.effective',
    source: src('晋医保办发〔2023〕2号 落款日期 2023年2月20日'),
    basis: 'stated',
  },
  coverage: {
    id: 'sx.coverage',
    kinds: ['pharmacy'],
    source: src('晋医保办发〔2023〕2号 二、提高待遇，优化流程'),
    basis: 'stated',
  },
  // The notice does not say how other schemes interact; an amount another scheme already paid
  // cannot be paid twice, so it is taken out first (as in Chongqing) and flagged as assumed.
  otherSchemes: {
    id: 'sx.other-schemes',
    source: src('晋医保办发〔2023〕2号 二（未规定其他保障的衔接）'),
    basis: 'assumed',
  },
  deductible: {
    id: 'sx.deductible',
    per: 'visit',
    amountFen: { employed: 3_000, retired: 3_000 },
    source: src('晋医保办发〔2023〕2号 二（起付标准30元/次）'),
    basis: 'stated',
    // 起付标准与开具处方的医药机构合并计算: one deductible for the prescribing visit and the purchase.
    waiver: {
      id: 'sx.deductible.combined-with-prescriber',
      source: src('晋医保办发〔2023〕2号 二（与开具处方的医药机构合并计算）'),
      basis: 'stated',
    },
  },
  ratio: {
    id: 'sx.ratio',
    by: 'flat',
    bp: { employed: 6_000, retired: 6_500 },
    source: src('晋医保办发〔2023〕2号 二（在职60%，退休65%）'),
    basis: 'stated',
  },
  // No annual cap is written in the source; 医保办发〔2023〕4号 三（一） allows the primary-level
  // cap but Shanxi's figure is not given, so none is applied.
  cap: {
    id: 'sx.cap',
    per: 'none',
    source: src('医保办发〔2023〕4号 三（一）（未列明限额）'),
    basis: 'assumed',
  },
  // The national guideline (in source 004) lets the personal account pay in-scope personal shares
  // at designated pharmacies; Shanxi's notice does not restate it.
  account: {
    id: 'sx.account',
    source: { doc: '004', clause: '国办发〔2021〕14号 二（五）' },
    basis: 'stated',
  },
  cash: {
    id: 'sx.cash',
    source: src('晋医保办发〔2023〕2号 二'),
    basis: 'stated',
  },
} as const satisfies PolicyDefinition;
