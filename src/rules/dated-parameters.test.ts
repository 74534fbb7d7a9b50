import { describe, expect, it } from 'vitest';
import { estimate, estimateUnderPolicy } from './estimate';
import { lawOn, policyChangeDates } from './law';
import {
  dated,
  inForceDuring,
  inForceOn,
  isOrdered,
  type Citation,
  type Parameter,
} from './parameters';
import { monthlyAccountCredit } from './personal-account';
import { cqEmployeeOutpatient } from './policies/cq-employee-outpatient';
import {
  cqWithCap2026,
  cqWithCapEnded2027,
  cqWithCapJuly2026,
} from './policies/fixtures/cq-cap-2026';
import { withDatedValue } from './policies/fixtures/with-dated-value';
import {
  choosePolicy,
  datedPolicies,
  findDatedPolicy,
  policyInputs,
  policyPeriod,
} from './policy-registry';
import { RULES_STEP } from './message-keys';
import type { Policy } from './policy-model';
import type { Claim, EstimateInput } from './types';

const cite: Citation = { source: { doc: '004', clause: '第一条' }, basis: 'stated' };
const later: Citation = { source: { doc: '004', clause: '第二条' }, basis: 'assumed' };

describe('dated parameters', () => {
  const cap: Parameter<number> = [
    dated('2024-01-01', 300_000, cite),
    dated('2026-07-01', 350_000, later),
    dated<number>('2028-01-01', null, later),
  ];

  it('give the value in force on a day, with its date and citation', () => {
    expect(inForceOn(cap, '2023-12-31')).toBeUndefined();
    expect(inForceOn(cap, '2024-01-01')).toEqual({ from: '2024-01-01', value: 300_000, ...cite });
    expect(inForceOn(cap, '2026-06-30')?.value).toBe(300_000);
    expect(inForceOn(cap, '2026-07-01')).toEqual({ from: '2026-07-01', value: 350_000, ...later });
  });

  it('end on a null line', () => {
    expect(inForceOn(cap, '2027-12-31')?.value).toBe(350_000);
    expect(inForceOn(cap, '2028-01-01')).toBeUndefined();
  });

  it('resolve per calendar year: every value in force during the year, in order', () => {
    expect(inForceDuring(cap, 2025).map((v) => v.value)).toEqual([300_000]);
    expect(inForceDuring(cap, 2026).map((v) => [v.from, v.value])).toEqual([
      ['2024-01-01', 300_000],
      ['2026-07-01', 350_000],
    ]);
    expect(inForceDuring(cap, 2028)).toEqual([]);
  });
});

/** Every dated list anywhere in a policy, with where it is. */
function parametersOf(node: unknown, path = ''): [string, Parameter<unknown>][] {
  if (Array.isArray(node)) {
    return node.every((e) => typeof e === 'object' && e !== null && 'from' in e)
      ? [[path, node as Parameter<unknown>]]
      : [];
  }
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => parametersOf(v, `${path}.${k}`));
}

describe('the bundled policy data', () => {
  for (const policy of datedPolicies) {
    it(`${policy.aliases[0]}: every parameter is in date order and cites a source`, () => {
      const parameters = parametersOf(policy);
      expect(parameters.length).toBeGreaterThan(5);
      for (const [path, parameter] of parameters) {
        expect(parameter.length, path).toBeGreaterThan(0);
        expect(isOrdered(parameter), path).toBe(true);
        for (const line of parameter) {
          expect(line.from, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(line.source.clause.trim(), path).not.toBe('');
          expect(['stated', 'assumed'], path).toContain(line.basis);
        }
      }
    });

    it(`${policy.aliases[0]}: has every rule in force on every day it changes`, () => {
      const { from } = policyPeriod(policy);
      for (const date of [from, ...policyChangeDates(policy).filter((d) => d > from)]) {
        for (const status of ['employed', 'retired'] as const) {
          for (const enrolment of ['unit', 'individual-tier1', 'individual-tier2'] as const) {
            expect(() => lawOn(policy, { status, enrolment }, date)).not.toThrow();
          }
        }
      }
    });
  }
});

describe('choosing a policy', () => {
  it('by region, scheme and date', () => {
    expect(choosePolicy('CN-CQ', 'employee-outpatient', '2024-05-01')).toBe(cqEmployeeOutpatient);
    expect(choosePolicy('CN-CQ', 'employee-outpatient', '2023-12-31')).toBeUndefined();
    expect(choosePolicy('CN-SX', 'pharmacy-pooling', '2023-02-20')?.aliases).toEqual([
      'sx-pharmacy-2023',
    ]);
    expect(choosePolicy('CN-FJ', 'employee-outpatient', '2024-05-01')).toBeUndefined();
  });

  it('by its canonical key or by today’s id, which is an alias', () => {
    expect(findDatedPolicy('CN-CQ/employee-outpatient')).toBe(cqEmployeeOutpatient);
    expect(findDatedPolicy('cq-employee-outpatient-2024')).toBe(cqEmployeeOutpatient);
    const claims: Claim[] = [
      {
        id: 'a',
        date: '2024-03-01',
        kind: 'outpatient',
        institutionLevel: 1,
        policyRangeFen: 50_000,
      },
    ];
    const input = (policyId: string): EstimateInput => ({
      policyId,
      member: { status: 'employed', enrolment: 'unit' },
      personalAccountBalanceFen: 0,
      claims,
    });
    const byKey = estimate(input('CN-CQ/employee-outpatient'));
    const byAlias = estimate(input('cq-employee-outpatient-2024'));
    expect(byKey.policyId).toBe('CN-CQ/employee-outpatient');
    expect({ ...byKey, policyId: '' }).toEqual({ ...byAlias, policyId: '' });
  });
});

describe('the inputs a policy declares', () => {
  it('are what its rules read, for whom', () => {
    const cq = 'cq-employee-outpatient-2024';
    expect(policyInputs(cq)).toEqual(['enrolment', 'institutionLevel', 'age', 'contributionBase']);
    expect(policyInputs(cq, { status: 'retired', enrolment: 'unit' })).toEqual([
      'enrolment',
      'institutionLevel',
      'age',
    ]);
    expect(policyInputs(cq, { status: 'employed', enrolment: 'individual-tier2' })).toEqual([
      'enrolment',
      'institutionLevel',
      'contributionBase',
    ]);
    expect(policyInputs(cq, { status: 'employed', enrolment: 'individual-tier1' })).toEqual([
      'enrolment',
      'institutionLevel',
    ]);
    expect(policyInputs('sx-pharmacy-2023')).toEqual(['prescriberWaiver']);
    expect(policyInputs('fz-drg-2021')).toEqual([]);
    expect(policyInputs('nope')).toEqual([]);
  });
});

/** Count of dated lines in a policy. */
const lineCount = (policy: Policy) =>
  parametersOf(policy).reduce((n, [, parameter]) => n + parameter.length, 0);

describe('a hypothetical Chongqing 2026 cap change (policies/fixtures/cq-cap-2026.ts)', () => {
  const employedUnit = { status: 'employed', enrolment: 'unit' } as const;
  // Employed, level 1 (60 %): 10,000 元 after the 200 元 deductible would pay 5,880 元, above any cap.
  const big = (id: string, date: string): Claim => ({
    id,
    date,
    kind: 'outpatient',
    institutionLevel: 1,
    policyRangeFen: 1_000_000,
  });
  const run = (policy: Policy, claims: Claim[]) =>
    estimateUnderPolicy(policy, {
      policyId: 'cq-employee-outpatient-2024',
      member: employedUnit,
      personalAccountBalanceFen: 0,
      claims,
    });

  it('is one dated line more than the bundled policy', () => {
    expect(lineCount(cqWithCap2026)).toBe(lineCount(cqEmployeeOutpatient) + 1);
  });

  it('computes each claim under the cap in force on its date, and the trace says which', () => {
    const result = run(cqWithCap2026, [big('dec', '2025-12-15'), big('jan', '2026-01-15')]);
    expect(result.claims.map((c) => c.poolFen)).toEqual([300_000, 350_000]);
    expect(result.years.map((y) => [y.year, y.capFen])).toEqual([
      [2025, 300_000],
      [2026, 350_000],
    ]);
    const capSteps = result.claims.map((c) => c.trace.find((s) => s.rule.id === 'cq.cap'));
    expect(capSteps.map((s) => [s?.rule.inForceFrom, s?.rule.basis, s?.params])).toEqual([
      ['2024-01-01', 'stated', { capFen: 300_000 }],
      ['2026-01-01', 'assumed', { capFen: 350_000 }],
    ]);
    // Other rules did not change: they still cite 2024.
    const ratio = result.claims[1]?.trace.find((s) => s.rule.id === 'cq.ratio');
    expect(ratio?.rule.inForceFrom).toBe('2024-01-01');
  });

  it('leaves other members and the bundled policy as they were', () => {
    expect(
      estimateUnderPolicy(cqWithCap2026, {
        policyId: 'x',
        member: { status: 'retired', enrolment: 'unit' },
        personalAccountBalanceFen: 0,
        claims: [big('jan', '2026-01-15')],
      }).claims[0]?.poolFen,
    ).toBe(400_000);
    expect(
      estimate({
        policyId: 'cq-employee-outpatient-2024',
        member: employedUnit,
        personalAccountBalanceFen: 0,
        claims: [big('jan', '2026-01-15')],
      }).claims[0]?.poolFen,
    ).toBe(300_000);
  });

  it('counts what was paid before a mid-year change against the new cap', () => {
    const result = run(cqWithCapJuly2026, [
      big('may', '2026-05-15'),
      big('jun', '2026-06-30'),
      big('jul', '2026-07-01'),
    ]);
    // May pays up to the old 3,000; June nothing; from July the cap is 3,500, so 500 more.
    expect(result.claims.map((c) => c.poolFen)).toEqual([300_000, 0, 50_000]);
    expect(
      result.claims.map((c) => c.trace.find((s) => s.rule.id === 'cq.cap')?.rule.inForceFrom),
    ).toEqual(['2024-01-01', '2024-01-01', '2026-07-01']);
    expect(result.years).toEqual([
      { year: 2026, deductibleUsedFen: 20_000, poolPaidFen: 350_000, capFen: 350_000 },
    ]);
  });

  it('applies no cap once a null line ends it', () => {
    const result = run(cqWithCapEnded2027, [big('2026', '2026-03-01'), big('2027', '2027-03-01')]);
    expect(result.claims.map((c) => c.poolFen)).toEqual([350_000, 588_000]);
    const step = result.claims[1]?.trace.find((s) => s.rule.id === 'cq.cap');
    expect(step).toMatchObject({
      messageKey: RULES_STEP.noCapStated,
      rule: { inForceFrom: '2027-01-01', basis: 'assumed' },
    });
    expect(result.years[1]?.capFen).toBeNull();
  });
});

describe('other readers of dated parameters', () => {
  it('give the one-day shape of a policy on a date', () => {
    const employed = (enrolment: 'unit' | 'individual-tier1') =>
      ({ status: 'employed', enrolment }) as const;
    expect(lawOn(cqWithCap2026, employed('unit'), '2025-12-31').cap.capFen).toBe(300_000);
    expect(lawOn(cqWithCap2026, employed('unit'), '2026-01-01').cap.capFen).toBe(350_000);
    expect(lawOn(cqWithCap2026, employed('individual-tier1'), '2026-01-01').cap.capFen).toBe(
      80_000,
    );
  });

  it('give the monthly account credit in force on the month’s first day', () => {
    const raised = withDatedValue(
      cqEmployeeOutpatient,
      ['accountCredit', 'retired', 'monthlyFenUnderThreshold'],
      dated('2026-07-01', 12_000, later),
    );
    const spec = raised.accountCredit;
    if (spec === undefined) throw new Error('no credit rule');
    const input = { member: { status: 'retired', enrolment: 'unit' }, age: 65 } as const;
    expect(monthlyAccountCredit(spec, input, '2026-06-01')).toMatchObject({
      monthlyFen: 10_500,
      inForceFrom: '2024-01-01',
    });
    expect(monthlyAccountCredit(spec, input, '2026-07-01')).toMatchObject({
      monthlyFen: 12_000,
      inForceFrom: '2026-07-01',
      basis: 'assumed',
    });
  });
});
