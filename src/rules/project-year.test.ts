import { describe, expect, it } from 'vitest';
import { projectYear, RulesInputError, RULES_ERROR, type ProjectYearInput } from './index';

const retiree: ProjectYearInput = {
  policyId: 'cq-employee-outpatient-2024',
  member: { status: 'retired', enrolment: 'unit' },
  age: 62,
  contributionBaseFen: 0,
  startingBalanceFen: 0,
  year: 2024,
  visitsPerMonth: 2,
  costPerVisitFen: 15_000,
  institutionLevel: 2,
  kind: 'outpatient',
};

function attempt(fn: () => unknown): RulesInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RulesInputError);
    return error as RulesInputError;
  }
  throw new Error('did not throw');
}

describe('projectYear', () => {
  it('credits the account at the start of each month, before that month’s visits', () => {
    const p = projectYear(retiree);
    expect(p.monthlyCreditFen).toBe(10_500);
    expect(p.creditRule?.ruleId).toBe('cq.account-credit.retired');
    // January: credit 105 元. Visit on the 1st: 150 − 100 deductible = 50 × 70 % = 35 fund;
    // share 115, account pays 105, cash 10. Visit on the 16th: 105 fund, share 45 in cash.
    expect(p.months[0]).toEqual({
      month: 1,
      creditFen: 10_500,
      visits: 2,
      policyRangeFen: 30_000,
      fundFen: 14_000,
      accountFen: 10_500,
      cashFen: 5_500,
      balanceEndFen: 0,
    });
    // Later months: no deductible left, 2 × 45 元 share against a 105 元 credit.
    expect(p.months[1]).toMatchObject({
      fundFen: 21_000,
      accountFen: 9_000,
      cashFen: 0,
      balanceEndFen: 1_500,
    });
    expect(p.visits).toBe(24);
  });

  it('adds up: months sum to the year, and the balance carries from month to month', () => {
    const p = projectYear({
      ...retiree,
      startingBalanceFen: 12_345,
      visitsPerMonth: 5,
      costPerVisitFen: 33_333,
    });
    const sum = (key: 'policyRangeFen' | 'fundFen' | 'accountFen' | 'cashFen' | 'creditFen') =>
      p.months.reduce((total, m) => total + m[key], 0);
    expect(sum('policyRangeFen')).toBe(p.policyRangeFen);
    expect(sum('fundFen')).toBe(p.fundFen);
    expect(sum('accountFen')).toBe(p.accountFen);
    expect(sum('cashFen')).toBe(p.cashFen);
    expect(sum('creditFen')).toBe(p.creditedFen);
    expect(p.fundFen + p.accountFen + p.cashFen).toBe(p.policyRangeFen);
    let balance = 12_345;
    for (const m of p.months) {
      balance += m.creditFen - m.accountFen;
      expect(m.balanceEndFen).toBe(balance);
    }
    expect(p.balanceEndFen).toBe(balance);
    // Retiree cap is 4,000 元.
    expect(p.yearUse).toMatchObject({ year: 2024, capFen: 400_000 });
    expect(p.poolFen).toBeLessThanOrEqual(400_000);
  });

  it('uses 2 % of the base for employed members and 115 元 for retirees from 70', () => {
    const employed = projectYear({
      ...retiree,
      member: { status: 'employed', enrolment: 'unit' },
      contributionBaseFen: 600_000,
      visitsPerMonth: 0,
    });
    expect(employed).toMatchObject({
      monthlyCreditFen: 12_000,
      creditedFen: 144_000,
      balanceEndFen: 144_000,
      cashFen: 0,
    });
    expect(projectYear({ ...retiree, age: 70, visitsPerMonth: 0 }).balanceEndFen).toBe(12 * 11_500);
  });

  it('leaves out visits before the policy starts (Shanxi, 2023-02-20)', () => {
    const p = projectYear({
      ...retiree,
      policyId: 'sx-pharmacy-2023',
      year: 2023,
      kind: 'pharmacy',
    });
    expect(p.months.map((m) => m.visits)).toEqual([0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    // Only Chongqing states a credit rule.
    expect(p).toMatchObject({ monthlyCreditFen: 0, creditRule: null });
    expect(
      projectYear({
        ...retiree,
        policyId: 'sx-pharmacy-2023',
        year: 2023,
        kind: 'pharmacy',
        monthlyCreditFen: 5_000,
      }).creditedFen,
    ).toBe(60_000);
  });

  it('rejects what it cannot project', () => {
    expect(attempt(() => projectYear({ ...retiree, year: 2023 }))).toMatchObject({
      field: 'year',
      code: RULES_ERROR.yearOutsidePolicy,
    });
    expect(attempt(() => projectYear({ ...retiree, visitsPerMonth: 32 }))).toMatchObject({
      field: 'visitsPerMonth',
      code: RULES_ERROR.invalidVisitsPerMonth,
    });
    expect(attempt(() => projectYear({ ...retiree, visitsPerMonth: 1.5 }))).toMatchObject({
      field: 'visitsPerMonth',
    });
    expect(attempt(() => projectYear({ ...retiree, kind: 'inpatient' }))).toMatchObject({
      field: 'kind',
      code: RULES_ERROR.kindNotCovered,
    });
    expect(attempt(() => projectYear({ ...retiree, costPerVisitFen: -1 }))).toMatchObject({
      field: 'costPerVisitFen',
      code: RULES_ERROR.negativeFen,
    });
    expect(attempt(() => projectYear({ ...retiree, age: -1 }))).toMatchObject({
      field: 'age',
      code: RULES_ERROR.invalidAge,
    });
  });
});
