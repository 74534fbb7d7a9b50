import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, estimate, isRulesInputError, RULES_ERROR, type Claim } from './index';

/*
 * `yearsSoFar` says what earlier claims used of a year. Settling a year's claims one call at a
 * time, each starting from what the calls before it used, must give what one call over all of
 * them gives: this is how the counter settles (docs/decisions/022).
 */

const POLICIES = [
  { id: 'cq-employee-outpatient-2024', from: '2024-01-01', kinds: ['outpatient', 'pharmacy'] },
  { id: 'sx-pharmacy-2023', from: '2023-02-20', kinds: ['pharmacy'] },
  { id: 'fz-drg-2021', from: '2021-07-20', kinds: ['inpatient'] },
] as const;

const member = { status: 'employed', enrolment: 'unit' } as const;

describe('yearsSoFar', () => {
  it('one claim at a time from the year so far equals all claims at once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POLICIES),
        fc.constantFrom('employed' as const, 'retired' as const),
        fc.integer({ min: 0, max: 500_000 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 300 }),
            fc.nat(3),
            fc.constantFrom(1 as const, 2 as const, 3 as const),
            fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 3_000_000 })),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (policy, status, openingFen, raw) => {
          const claims: Claim[] = raw
            .map(([offset, kind, level, cost], i) => ({
              id: `c${i}`,
              date: addDays(policy.from, offset),
              kind: policy.kinds[kind % policy.kinds.length] ?? policy.kinds[0],
              institutionLevel: level,
              policyRangeFen: cost,
            }))
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
          const whole = estimate({
            policyId: policy.id,
            member: { ...member, status },
            personalAccountBalanceFen: openingFen,
            claims,
          });

          let balanceFen = openingFen;
          const used = new Map<number, { deductibleUsedFen: number; poolPaidFen: number }>();
          claims.forEach((claim, i) => {
            const year = Number(claim.date.slice(0, 4));
            const soFar = used.get(year) ?? { deductibleUsedFen: 0, poolPaidFen: 0 };
            const one = estimate({
              policyId: policy.id,
              member: { ...member, status },
              personalAccountBalanceFen: balanceFen,
              claims: [claim],
              yearsSoFar: [{ year, ...soFar }],
            });
            const expected = whole.claims[i];
            const got = one.claims[0];
            expect(got?.fundFen).toBe(expected?.fundFen);
            expect(got?.accountFen).toBe(expected?.accountFen);
            expect(got?.cashFen).toBe(expected?.cashFen);
            const after = one.years[0];
            if (after) used.set(year, after);
            balanceFen = one.personalAccountBalanceAfterFen;
          });
          expect(balanceFen).toBe(whole.personalAccountBalanceAfterFen);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('refuses two entries for one year and bad amounts, naming the field', () => {
    const input = {
      policyId: 'cq-employee-outpatient-2024',
      member,
      personalAccountBalanceFen: 0,
      claims: [],
    };
    const codeOf = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        if (isRulesInputError(error)) return [error.code, error.path];
        throw error;
      }
      return null;
    };
    expect(
      codeOf(() =>
        estimate({
          ...input,
          yearsSoFar: [
            { year: 2025, deductibleUsedFen: 0, poolPaidFen: 0 },
            { year: 2025, deductibleUsedFen: 0, poolPaidFen: 0 },
          ],
        }),
      ),
    ).toEqual([RULES_ERROR.duplicateYearSoFar, ['yearsSoFar', 1, 'year']]);
    expect(
      codeOf(() =>
        estimate({ ...input, yearsSoFar: [{ year: 2025, deductibleUsedFen: -1, poolPaidFen: 0 }] }),
      ),
    ).toEqual([RULES_ERROR.negativeFen, ['yearsSoFar', 0, 'deductibleUsedFen']]);
  });

  it('a year already past its deductible pays from the first fen', () => {
    const claim: Claim = {
      id: 'a',
      date: '2025-03-01',
      kind: 'outpatient',
      institutionLevel: 1,
      policyRangeFen: 10_000,
    };
    const fresh = estimate({
      policyId: 'cq-employee-outpatient-2024',
      member,
      personalAccountBalanceFen: 0,
      claims: [claim],
    });
    const met = estimate({
      policyId: 'cq-employee-outpatient-2024',
      member,
      personalAccountBalanceFen: 0,
      claims: [claim],
      yearsSoFar: [{ year: 2025, deductibleUsedFen: 1_000_000, poolPaidFen: 0 }],
    });
    expect(met.claims[0]?.fundFen).toBeGreaterThan(fresh.claims[0]?.fundFen ?? 0);
  });
});
