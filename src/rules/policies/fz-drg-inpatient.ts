import { RULES_POLICY } from '../message-keys';
import { dated, type Citation } from '../parameters';
import type { Policy } from '../policy-model';

/*
 * Fuzhou DRG packaged inpatient payment (按疾病诊断相关分组收付费), source 002, for the hospitals
 * that joined on 2021-07-20. The article has no numbered clauses; clauses quote its headings.
 *
 * The 70 % comes from the article's worked example (a Fuzhou employee-insured appendectomy);
 * the article states no other ratio, so it applies to employed and retired alike.
 * Separately billable consumables (their own cap, then self-paid) are not modelled.
 */

const cite = (clause: string, basis: Citation['basis'] = 'stated'): Citation => ({
  source: { doc: '002', clause },
  basis,
});
const JOINED = '2021-07-20';

const ratio = cite('阑尾切除术示例：医保基金支付70%');

export const fzDrgInpatient = {
  region: 'CN-FJ',
  scheme: 'drg-inpatient',
  aliases: ['fz-drg-2021'],
  titleKey: RULES_POLICY.fzTitle,
  regionKey: RULES_POLICY.fzRegion,
  inputs: {},
  period: {
    id: 'fz.effective',
    values: [dated(JOINED, true, cite('「什么医院实施DRG收付费」2021年7月20日起'))],
  },
  coverage: {
    id: 'fz.coverage',
    values: [dated(JOINED, ['inpatient'], cite('「什么是DRG收付费」住院患者'))],
  },
  otherSchemes: {
    id: 'fz.other-schemes',
    values: [
      dated(JOINED, true, cite('「不改变原有政策待遇」（未规定其他保障的衔接）', 'assumed')),
    ],
  },
  deductible: {
    id: 'fz.deductible',
    per: 'none',
    values: [dated(JOINED, true, cite('「不设医保起付门槛」'))],
  },
  ratio: {
    id: 'fz.ratio',
    by: 'flat',
    bp: {
      employed: [dated(JOINED, 7_000, ratio)],
      retired: [dated(JOINED, 7_000, ratio)],
    },
  },
  cap: {
    id: 'fz.cap',
    per: 'none',
    values: [dated(JOINED, true, cite('「不设医保起付门槛」（DRG费用未列明限额）', 'assumed'))],
  },
  // The article does not say whether the personal account pays the self-paid share; the
  // national guideline 国办发〔2021〕14号 lets it, so this step is an assumption of this policy,
  // cited to this policy's own text rather than to another region's document that quotes it.
  account: {
    id: 'fz.account',
    values: [
      dated(
        JOINED,
        true,
        cite(
          '「不改变原有政策待遇」（未载明个人账户支付，按国办发〔2021〕14号通行做法）',
          'assumed',
        ),
      ),
    ],
  },
  cash: {
    id: 'fz.cash',
    values: [dated(JOINED, true, cite('阑尾切除术示例：个人自付30%'))],
  },
} as const satisfies Policy;
