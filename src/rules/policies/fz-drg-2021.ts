import { RULES_POLICY } from '../message-keys';
import type { PolicyDefinition, SourceRef } from '../types';

/*
 * Fuzhou DRG packaged inpatient payment (按疾病诊断相关分组收付费), source 002, for the hospitals
 * that joined on 2021-07-20. The article has no numbered clauses; clauses quote its headings.
 *
 * The 70 % comes from the article's worked example (a Fuzhou employee-insured appendectomy);
 * the article states no other ratio, so it applies to employed and retired alike.
 * Separately billable consumables (their own cap, then self-paid) are not modelled.
 */

const src = (clause: string): SourceRef => ({ doc: '002', clause });

export const fzDrg2021 = {
  id: 'fz-drg-2021',
  region: 'CN-FJ',
  titleKey: RULES_POLICY.fzTitle,
  regionKey: RULES_POLICY.fzRegion,
  effectiveFrom: '2021-07-20',
  effective: {
    id: 'fz.effective',
    source: src('「什么医院实施DRG收付费」2021年7月20日起'),
    basis: 'stated',
  },
  coverage: {
    id: 'fz.coverage',
    kinds: ['inpatient'],
    source: src('「什么是DRG收付费」住院患者'),
    basis: 'stated',
  },
  otherSchemes: {
    id: 'fz.other-schemes',
    source: src('「不改变原有政策待遇」（未规定其他保障的衔接）'),
    basis: 'assumed',
  },
  deductible: {
    id: 'fz.deductible',
    per: 'none',
    source: src('「不设医保起付门槛」'),
    basis: 'stated',
  },
  ratio: {
    id: 'fz.ratio',
    by: 'flat',
    bp: { employed: 7_000, retired: 7_000 },
    source: src('阑尾切除术示例：医保基金支付70%'),
    basis: 'stated',
  },
  cap: {
    id: 'fz.cap',
    per: 'none',
    source: src('「不设医保起付门槛」（DRG费用未列明限额）'),
    basis: 'assumed',
  },
  account: {
    id: 'fz.account',
    source: { doc: '004', clause: '国办发〔2021〕14号 二（五）' },
    basis: 'stated',
  },
  cash: {
    id: 'fz.cash',
    source: src('阑尾切除术示例：个人自付30%'),
    basis: 'stated',
  },
} as const satisfies PolicyDefinition;
