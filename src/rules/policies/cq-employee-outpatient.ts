import { RULES_POLICY } from '../message-keys';
import { dated, type Citation } from '../parameters';
import type { Policy } from '../policy-model';

/*
 * Chongqing employee ordinary-outpatient pooling (职工医保普通门诊统筹), from 2024-01-01.
 * Source 004 bundles several texts; clauses name which one: 《实施细则》 is 渝医保发〔2023〕32号,
 * 问答 is the bureau's Q&A. The seed's text extraction dropped some numerals (it prints
 * "条" for 第二条, 第六条, 第七条 and "第十条" for 第十一至十三条); the numbers below follow the
 * sequence of the articles and the Q&A answers that restate them.
 *
 * A change of law is one more dated line under the parameter it changes, e.g. a new cap:
 *   unit: [dated(REFORM, 300_000, art6), dated('2026-01-01', 350_000, newNotice)],
 */

const cite = (clause: string): Citation => ({ source: { doc: '004', clause }, basis: 'stated' });
const REFORM = '2024-01-01';

const art4 = cite('《实施细则》第四条；问答八、十');
const art5 = cite('《实施细则》第五条；问答八');
const art6 = cite('《实施细则》第六条；问答八');
const art9employed = cite('《实施细则》第九条第一款；问答十五');
const art9retired = cite('《实施细则》第九条第二款；问答十五');

export const cqEmployeeOutpatient = {
  region: 'CN-CQ',
  scheme: 'employee-outpatient',
  aliases: ['cq-employee-outpatient-2024'],
  titleKey: RULES_POLICY.cqTitle,
  regionKey: RULES_POLICY.cqRegion,
  inputs: {
    enrolment: {},
    institutionLevel: {},
    // 第九条 credits retirees by age and employees by contribution base; tier 1 has no rule.
    age: { status: 'retired', enrolments: ['unit', 'individual-tier2'] },
    contributionBase: { status: 'employed', enrolments: ['unit', 'individual-tier2'] },
  },
  period: {
    id: 'cq.effective',
    values: [dated(REFORM, true, cite('《实施细则》第十四条；问答十八'))],
  },
  // Ordinary outpatient care at designated institutions and, with a prescription, designated
  // pharmacies. Inpatient care is paid under other rules this policy does not describe.
  coverage: {
    id: 'cq.coverage',
    values: [
      dated(
        REFORM,
        ['outpatient', 'pharmacy'],
        cite('《实施细则》第二条、第十二条；问答十一、十三'),
      ),
    ],
  },
  // Two-diseases, special-disease and negotiated-drug schemes pay first; only what is left
  // enters ordinary pooling, and what they paid does not use up the ordinary-pooling cap.
  otherSchemes: {
    id: 'cq.other-schemes',
    values: [dated(REFORM, true, cite('问答十四；《实施细则》第六条第二款'))],
  },
  deductible: {
    id: 'cq.deductible',
    per: 'calendar-year',
    amountFen: {
      employed: [dated(REFORM, 20_000, art4)],
      retired: [dated(REFORM, 10_000, art4)],
    },
  },
  // 二级及以下 60 %, 三级 50 %; retirees ten points more (第五条).
  ratio: {
    id: 'cq.ratio',
    by: 'institution-level',
    bp: {
      employed: {
        1: [dated(REFORM, 6_000, art5)],
        2: [dated(REFORM, 6_000, art5)],
        3: [dated(REFORM, 5_000, art5)],
      },
      retired: {
        1: [dated(REFORM, 7_000, art5)],
        2: [dated(REFORM, 7_000, art5)],
        3: [dated(REFORM, 6_000, art5)],
      },
    },
    pharmacy: {
      id: 'cq.ratio.prescriber-level',
      values: [dated(REFORM, true, cite('《实施细则》第十二条；问答十三'))],
    },
  },
  cap: {
    id: 'cq.cap',
    per: 'calendar-year',
    amountFen: {
      employed: {
        unit: [dated(REFORM, 300_000, art6)],
        'individual-tier2': [dated(REFORM, 300_000, art6)],
        'individual-tier1': [dated(REFORM, 80_000, art6)],
      },
      retired: {
        unit: [dated(REFORM, 400_000, art6)],
        'individual-tier2': [dated(REFORM, 400_000, art6)],
        'individual-tier1': [dated(REFORM, 120_000, art6)],
      },
    },
  },
  account: {
    id: 'cq.account',
    values: [dated(REFORM, true, cite('《实施细则》第十条；问答十七'))],
  },
  cash: {
    id: 'cq.cash',
    values: [dated(REFORM, true, cite('问答十九（现金支付）'))],
  },
  // 第九条: what goes into the personal account each month.
  accountCredit: {
    // 2 % of the person's own contribution base; the employer's part all goes to the pool.
    employed: {
      id: 'cq.account-credit.employed',
      ratioBp: [dated(REFORM, 200, art9employed)],
    },
    retired: {
      id: 'cq.account-credit.retired',
      monthlyFenUnderThreshold: [dated(REFORM, 10_500, art9retired)],
      monthlyFenFromThreshold: [dated(REFORM, 11_500, art9retired)],
      ageThreshold: [dated(REFORM, 70, art9retired)],
    },
    // 第九条 names unit-insured and individual tier-2 members only; for tier 1 it states no
    // credit, so we credit nothing and say so.
    notStated: {
      id: 'cq.account-credit.not-stated',
      enrolments: ['individual-tier1'],
      values: [
        dated(REFORM, true, {
          source: { doc: '004', clause: '《实施细则》第九条' },
          basis: 'assumed',
        }),
      ],
    },
  },
} as const satisfies Policy;
