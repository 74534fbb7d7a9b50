import { RULES_POLICY } from '../message-keys';
import { dated, type Citation } from '../parameters';
import type { Policy } from '../policy-model';

/*
 * Shanxi pharmacy outpatient pooling (定点零售药店门诊统筹), 晋医保办发〔2023〕2号 of 2023-02-20,
 * forwarding the national notice 医保办发〔2023〕4号 (both in source 003).
 *
 * Only 'pharmacy' is covered. The notice sets numbers for drugs bought at a designated pharmacy
 * on a designated institution's prescription; it says the pharmacy follows the primary-level
 * (基层) institutions' policy but states no numbers for outpatient care at hospitals of any
 * level, so estimating hospital outpatient visits with these numbers would be a guess.
 */

const cite = (clause: string, basis: Citation['basis'] = 'stated'): Citation => ({
  source: { doc: '003', clause },
  basis,
});
const NOTICE = '2023-02-20';

const deductible = cite('晋医保办发〔2023〕2号 二（起付标准30元/次）');
const ratio = cite('晋医保办发〔2023〕2号 二（在职60%，退休65%）');

export const sxPharmacyPooling = {
  region: 'CN-SX',
  scheme: 'pharmacy-pooling',
  aliases: ['sx-pharmacy-2023'],
  titleKey: RULES_POLICY.sxTitle,
  regionKey: RULES_POLICY.sxRegion,
  inputs: { prescriberWaiver: {} },
  period: {
    id: 'sx.effective',
    values: [dated(NOTICE, true, cite('晋医保办发〔2023〕2号 落款日期 2023年2月20日'))],
  },
  coverage: {
    id: 'sx.coverage',
    values: [dated(NOTICE, ['pharmacy'], cite('晋医保办发〔2023〕2号 二、提高待遇，优化流程'))],
  },
  // The notice does not say how other schemes interact; an amount another scheme already paid
  // cannot be paid twice, so it is taken out first (as in Chongqing) and flagged as assumed.
  otherSchemes: {
    id: 'sx.other-schemes',
    values: [
      dated(NOTICE, true, cite('晋医保办发〔2023〕2号 二（未规定其他保障的衔接）', 'assumed')),
    ],
  },
  deductible: {
    id: 'sx.deductible',
    per: 'visit',
    amountFen: {
      employed: [dated(NOTICE, 3_000, deductible)],
      retired: [dated(NOTICE, 3_000, deductible)],
    },
    // 起付标准与开具处方的医药机构合并计算: one deductible for the prescribing visit and the purchase.
    waiver: {
      id: 'sx.deductible.combined-with-prescriber',
      values: [
        dated(NOTICE, true, cite('晋医保办发〔2023〕2号 二（与开具处方的医药机构合并计算）')),
      ],
    },
  },
  ratio: {
    id: 'sx.ratio',
    by: 'flat',
    bp: {
      employed: [dated(NOTICE, 6_000, ratio)],
      retired: [dated(NOTICE, 6_500, ratio)],
    },
  },
  // No annual cap is written in the source; 医保办发〔2023〕4号 三（一） allows the primary-level
  // cap but Shanxi's figure is not given, so none is applied.
  cap: {
    id: 'sx.cap',
    per: 'none',
    values: [dated(NOTICE, true, cite('医保办发〔2023〕4号 三（一）（未列明限额）', 'assumed'))],
  },
  // The national guideline 国办发〔2021〕14号 lets the personal account pay in-scope personal shares
  // at designated pharmacies; Shanxi's notice does not restate it, so the step is an assumption
  // cited to this policy's own notice, not to the Chongqing document that quotes the guideline.
  account: {
    id: 'sx.account',
    values: [
      dated(
        NOTICE,
        true,
        cite(
          '晋医保办发〔2023〕2号（未载明个人账户支付，按国办发〔2021〕14号通行做法）',
          'assumed',
        ),
      ),
    ],
  },
  cash: {
    id: 'sx.cash',
    values: [dated(NOTICE, true, cite('晋医保办发〔2023〕2号 二'))],
  },
} as const satisfies Policy;
