import { describe, expect, it } from 'vitest';
// The bundles live with the app's i18n; this test (never shipped) reads them so the keys the
// rules emit and their translations cannot drift apart. It could equally live in src/i18n.
// eslint-disable-next-line import-x/no-restricted-paths -- test only, see above
import { rules as enUS } from '../i18n/en-US/rules';
// eslint-disable-next-line import-x/no-restricted-paths -- test only, see above
import { rules as zhCN } from '../i18n/zh-CN/rules';
import {
  cqMonthlyAccountCredit,
  estimate,
  messageParams,
  parseYuanToFen,
  projectYear,
  RulesInputError,
  RULES_ERROR,
  RULES_MESSAGE_KEYS,
  RULES_STEP,
  traceStepMessageParams,
  type Claim,
  type EstimateInput,
} from './index';

function lookup(bundle: unknown, key: string): unknown {
  return key
    .replace(/^rules\./, '')
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined,
      bundle,
    );
}

function leafKeys(value: unknown, prefix: string): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, `${prefix}.${k}`));
}

function placeholders(text: unknown): string[] {
  return typeof text === 'string'
    ? [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort()
    : [];
}

describe('rules message keys', () => {
  it('are unique and all under rules.', () => {
    expect(new Set(RULES_MESSAGE_KEYS).size).toBe(RULES_MESSAGE_KEYS.length);
    for (const key of RULES_MESSAGE_KEYS) expect(key).toMatch(/^rules\.(error|step|policy)\./);
  });

  it('each have a non-empty translation in zh-CN and en-US, with the same placeholders', () => {
    for (const key of RULES_MESSAGE_KEYS) {
      const zh = lookup(zhCN, key);
      const en = lookup(enUS, key);
      expect(typeof zh === 'string' && zh.length > 0, `zh-CN ${key}`).toBe(true);
      expect(typeof en === 'string' && en.length > 0, `en-US ${key}`).toBe(true);
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('are the only translations in the bundles', () => {
    expect(leafKeys(zhCN, 'rules').sort()).toEqual([...RULES_MESSAGE_KEYS].sort());
    expect(leafKeys(enUS, 'rules').sort()).toEqual([...RULES_MESSAGE_KEYS].sort());
  });

  it('get every placeholder their step messages use from traceStepMessageParams', () => {
    const c = (over: Partial<Claim> & Pick<Claim, 'id'>): Claim => ({
      date: '2024-03-01',
      kind: 'outpatient',
      institutionLevel: 2,
      policyRangeFen: 50_000,
      ...over,
    });
    const inputs: EstimateInput[] = [
      {
        policyId: 'cq-employee-outpatient-2024',
        member: { status: 'employed', enrolment: 'individual-tier1' },
        personalAccountBalanceFen: 1_000,
        claims: [
          c({ id: 'a', date: '2024-01-01', paidByOtherSchemesFen: 100 }),
          c({ id: 'b', date: '2024-02-01', kind: 'pharmacy', policyRangeFen: 100_000 }),
          c({ id: 'c', date: '2024-03-01', policyRangeFen: 100_000 }),
          c({ id: 'd', date: '2024-04-01' }),
        ],
      },
      {
        policyId: 'sx-pharmacy-2023',
        member: { status: 'retired', enrolment: 'unit' },
        personalAccountBalanceFen: 0,
        claims: [
          c({ id: 'a', kind: 'pharmacy' }),
          c({ id: 'b', kind: 'pharmacy', deductibleMetAtPrescriber: true }),
        ],
      },
      {
        policyId: 'fz-drg-2021',
        member: { status: 'retired', enrolment: 'unit' },
        personalAccountBalanceFen: 0,
        claims: [c({ id: 'a', kind: 'inpatient' })],
      },
    ];
    const provided = new Map<string, Set<string>>();
    for (const input of inputs) {
      for (const claim of estimate(input).claims) {
        for (const step of claim.trace) {
          const names = provided.get(step.messageKey) ?? new Set<string>();
          for (const name of Object.keys(traceStepMessageParams(step))) names.add(name);
          provided.set(step.messageKey, names);
        }
      }
    }
    for (const credit of [
      cqMonthlyAccountCredit({
        member: { status: 'employed', enrolment: 'unit' },
        age: 30,
        contributionBaseFen: 500_000,
      }),
      cqMonthlyAccountCredit({ member: { status: 'retired', enrolment: 'unit' }, age: 70 }),
      cqMonthlyAccountCredit({
        member: { status: 'retired', enrolment: 'individual-tier1' },
        age: 70,
      }),
    ]) {
      provided.set(credit.messageKey, new Set(Object.keys(messageParams(credit.params))));
    }
    expect([...provided.keys()].sort()).toEqual(Object.values(RULES_STEP).sort());
    for (const [key, names] of provided) {
      for (const name of placeholders(lookup(zhCN, key)))
        expect(names.has(name), `${key}: {{${name}}}`).toBe(true);
    }
  });

  it('get every placeholder their error messages use from messageParams', () => {
    const errorOf = (fn: () => unknown): RulesInputError => {
      try {
        fn();
      } catch (error) {
        if (error instanceof RulesInputError) return error;
      }
      throw new Error('expected a RulesInputError');
    };
    const cq =
      (claims: unknown[], over: object = {}) =>
      () =>
        estimate({
          policyId: 'cq-employee-outpatient-2024',
          member: { status: 'employed', enrolment: 'unit' },
          personalAccountBalanceFen: 0,
          claims,
          ...over,
        } as EstimateInput);
    const ok = {
      id: 'a',
      date: '2024-03-01',
      kind: 'outpatient',
      institutionLevel: 2,
      policyRangeFen: 1,
    };
    const errors = [
      errorOf(cq([], { policyId: 'x' })),
      errorOf(cq([{ ...ok, policyRangeFen: '1' }])),
      errorOf(cq([{ ...ok, policyRangeFen: Number.NaN }])),
      errorOf(cq([{ ...ok, policyRangeFen: 0.5 }])),
      errorOf(cq([{ ...ok, policyRangeFen: -1 }])),
      errorOf(cq([{ ...ok, policyRangeFen: 1e13 }])),
      errorOf(cq([{ ...ok, paidByOtherSchemesFen: 2 }])),
      errorOf(cq([{ ...ok, date: '2024-02-30' }])),
      errorOf(cq([{ ...ok, institutionLevel: 5 }])),
      errorOf(cq([{ ...ok, date: '2023-01-01' }])),
      errorOf(cq([ok, ok])),
      errorOf(cq([{ ...ok, id: '' }])),
      errorOf(cq([], { member: { status: 'x', enrolment: 'unit' } })),
      errorOf(cq([], { member: { status: 'retired', enrolment: 'x' } })),
      errorOf(cq([{ ...ok, kind: 'x' }])),
      errorOf(cq([{ ...ok, kind: 'inpatient' }])),
      errorOf(cq(new Array<unknown>(100_001))),
      errorOf(
        cq([], {
          yearsSoFar: [
            { year: 2024, deductibleUsedFen: 0, poolPaidFen: 0 },
            { year: 2024, deductibleUsedFen: 0, poolPaidFen: 0 },
          ],
        }),
      ),
    ];
    const projection = {
      policyId: 'cq-employee-outpatient-2024',
      member: { status: 'retired' as const, enrolment: 'unit' as const },
      age: 70,
      contributionBaseFen: 0,
      startingBalanceFen: 0,
      year: 2024,
      visitsPerMonth: 1,
      costPerVisitFen: 1,
      institutionLevel: 1 as const,
      kind: 'outpatient' as const,
    };
    errors.push(
      errorOf(() => projectYear({ ...projection, age: 200 })),
      errorOf(() => projectYear({ ...projection, year: 0 })),
      errorOf(() => projectYear({ ...projection, year: 2020 })),
      errorOf(() => projectYear({ ...projection, visitsPerMonth: 40 })),
    );
    const provided = new Map<string, Set<string>>();
    for (const e of errors) provided.set(e.code, new Set(Object.keys(messageParams(e.params))));
    for (const text of ['', 'abc', '1.234', '99999999']) {
      const parsed = parseYuanToFen(text, { maxFen: 100 });
      if (!parsed.ok) provided.set(parsed.code, new Set(Object.keys(messageParams(parsed.params))));
    }
    // No bundled policy has an end date yet, so this one is declared rather than triggered.
    provided.set(RULES_ERROR.dateAfterPolicy, new Set(['date', 'effectiveTo']));
    expect([...provided.keys()].sort()).toEqual(Object.values(RULES_ERROR).sort());
    for (const [key, names] of provided) {
      for (const name of placeholders(lookup(zhCN, key)))
        expect(names.has(name), `${key}: {{${name}}}`).toBe(true);
    }
  });
});
