import { RULES_POLICY } from '../message-keys';
import type { PolicyDefinition, SourceRef } from '../types';

/*
 * Chongqing employee ordinary-outpatient pooling (职工医保普通门诊统筹), from 2024-01-01.
 * Source 004 bundles several texts; clauses name which one: 《实施细则》 is 渝医保发〔2023〕32号,
 * 问答 is the bureau's Q&A. The seed's text extraction dropped some numerals (it prints
 * "条" for 第二条, 第六条, 第七条 and "第十条" for 第十一至十三条); the numbers below follow the
 * sequence of the articles and the Q&A answers that restate them.
 */

const src = (clause: string): SourceRef => ({ doc: '004', clause });

export const cqEmployeeOutpatient2024 = {
  id: 'cq-employee-outpatient-2024',
  region: 'CN-CQ',
  titleKey: RULES_POLICY.cqTitle,
  regionKey: RULES_POLICY.cqRegion,
  effectiveFrom: '2024-01-01',
  effective: {
    id: 'cq.effective',
    source: src('《实施细则》第十四条；问答十八'),
    basis: 'stated',
  },
  // Ordinary outpatient care at designated institutions and, with a prescription, designated
  // pharmacies. Inpatient care is paid under other rules this policy does not describe.
  coverage: {
    id: 'cq.coverage',
    kinds: ['outpatient', 'pharmacy'],
    source: src('《实施细则》第二条、第十二条；问答十一、十三'),
    basis: 'stated',
  },
  // Two-diseases, special-disease and negotiated-drug schemes pay first; only what is left
  // enters ordinary pooling, and what they paid does not use up the ordinary-pooling cap.
  otherSchemes: {
    id: 'cq.other-schemes',
    source: src('问答十四；《实施细则》第六条第二款'),
    basis: 'stated',
  },
  deductible: {
    id: 'cq.deductible',
    per: 'calendar-year',
    amountFen: { employed: 20_000, retired: 10_000 },
    source: src('《实施细则》第四条；问答八、十'),
    basis: 'stated',
  },
  ratio: {
    id: 'cq.ratio',
    by: 'institution-level',
    // 二级及以下 60 %, 三级 50 %; retirees ten points more (第五条).
    bp: {
      employed: { 1: 6_000, 2: 6_000, 3: 5_000 },
      retired: { 1: 7_000, 2: 7_000, 3: 6_000 },
    },
    source: src('《实施细则》第五条；问答八'),
    basis: 'stated',
    pharmacy: {
      id: 'cq.ratio.prescriber-level',
      source: src('《实施细则》第十二条；问答十三'),
      basis: 'stated',
    },
  },
  cap: {
    id: 'cq.cap',
    per: 'calendar-year',
    amountFen: {
      employed: { unit: 300_000, 'individual-tier2': 300_000, 'individual-tier1': 80_000 },
      retired: { unit: 400_000, 'individual-tier2': 400_000, 'individual-tier1': 120_000 },
    },
    source: src('《实施细则》第六条；问答八'),
    basis: 'stated',
  },
  account: {
    id: 'cq.account',
    source: src('《实施细则》第十条；问答十七'),
    basis: 'stated',
  },
  cash: {
    id: 'cq.cash',
    source: src('问答十九（现金支付）'),
    basis: 'stated',
  },
} as const satisfies PolicyDefinition;

/** 第九条: what goes into the personal account each month. */
export const cqAccountCredit = {
  employed: {
    id: 'cq.account-credit.employed',
    // 2 % of the person's own contribution base; the employer's part all goes to the pool.
    ratioBp: 200,
    source: src('《实施细则》第九条第一款；问答十五'),
    basis: 'stated',
  },
  retired: {
    id: 'cq.account-credit.retired',
    monthlyFenUnder70: 10_500,
    monthlyFenFrom70: 11_500,
    ageThreshold: 70,
    source: src('《实施细则》第九条第二款；问答十五'),
    basis: 'stated',
  },
  // 第九条 names unit-insured and individual tier-2 members only; for tier 1 it states no
  // credit, so we credit nothing and say so.
  notStated: {
    id: 'cq.account-credit.not-stated',
    source: src('《实施细则》第九条'),
    basis: 'assumed',
  },
} as const;
