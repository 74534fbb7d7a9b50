import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  addDays,
  estimate,
  type Claim,
  type ClaimKind,
  type EstimateInput,
  type EstimateResult,
} from './index';

/*
 * Properties over valid input for all three policies. Each runs 10,000 times with at most 30
 * claims; generators build plain tuples and map once, which keeps the file to a few seconds.
 */

const RUNS = 10_000;

const POLICIES: readonly { id: string; from: string; kinds: readonly ClaimKind[] }[] = [
  { id: 'cq-employee-outpatient-2024', from: '2024-01-01', kinds: ['outpatient', 'pharmacy'] },
  { id: 'sx-pharmacy-2023', from: '2023-02-20', kinds: ['pharmacy'] },
  { id: 'fz-drg-2021', from: '2021-07-20', kinds: ['inpatient'] },
];

// Dates over about three years from the policy start, so claims cross calendar years.
const DAY_SPAN = 3 * 366;

const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 50_000 }), // everyday visits, up to 500 元
  fc.integer({ min: 0, max: 5_000_000 }), // up to 50,000 元, to reach deductibles and caps
  fc.constant(0),
);

// [day offset, kind index, level, cost, other-schemes per-mille (−1: none), met at prescriber]
const rawClaimArb = fc.tuple(
  fc.integer({ min: 0, max: DAY_SPAN }),
  fc.nat(5),
  fc.constantFrom(1 as const, 2 as const, 3 as const),
  amountArb,
  fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 1_000 })),
  fc.constantFrom(undefined, true, false),
);
type RawClaim = [number, number, 1 | 2 | 3, number, number, boolean | undefined];

function toClaim(policy: (typeof POLICIES)[number], raw: RawClaim, i: number): Claim {
  const [offset, kindIndex, level, cost, perMille, met] = raw;
  const claim: Claim = {
    id: `c${i}`,
    date: addDays(policy.from, offset),
    kind: policy.kinds[kindIndex % policy.kinds.length] ?? 'outpatient',
    institutionLevel: level,
    policyRangeFen: cost,
  };
  if (perMille >= 0) claim.paidByOtherSchemesFen = Math.floor((cost * perMille) / 1_000);
  if (met !== undefined) claim.deductibleMetAtPrescriber = met;
  return claim;
}

function inputArb(claimsArb: fc.Arbitrary<RawClaim[]>): fc.Arbitrary<EstimateInput> {
  return fc
    .tuple(
      fc.nat(POLICIES.length - 1),
      fc.constantFrom('employed' as const, 'retired' as const),
      fc.constantFrom('unit' as const, 'individual-tier1' as const, 'individual-tier2' as const),
      fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500_000 })),
      claimsArb,
    )
    .map(([p, status, enrolment, balance, raws]) => {
      const policy = POLICIES[p];
      if (policy === undefined) throw new Error(`no policy ${p}`);
      return {
        policyId: policy.id,
        member: { status, enrolment },
        personalAccountBalanceFen: balance,
        claims: raws.map((raw, i) => toClaim(policy, raw, i)),
      };
    });
}

const anyInput = inputArb(fc.array(rawClaimArb, { maxLength: 30 }));
// Distinct dates: only then is the processing order independent of the input order.
const distinctDateInput = inputArb(
  fc.uniqueArray(rawClaimArb, { maxLength: 30, selector: (r) => r[0] }),
);

/** Per-claim results keyed and sorted by id, without the input position, as comparable text. */
function perId(result: EstimateResult): string {
  const rows = result.claims
    // inputIndex differs after a shuffle by design; everything else must not.
    .map((claim) => ({ ...claim, inputIndex: -1 }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify([rows, result.totals, result.years, result.personalAccountBalanceAfterFen]);
}

// Deep equality through JSON text: vitest's toEqual is correct but too slow for 10,000 runs.
const TIMEOUT = 60_000;

describe('estimate properties (fast-check)', () => {
  it(
    'splits every claim exactly: fund + account + cash = policy range, fund = other + pool',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const result = estimate(input);
          let account = 0;
          for (const c of result.claims) {
            if (c.fundFen + c.accountFen + c.cashFen !== c.policyRangeFen) return false;
            if (c.fundFen !== c.otherSchemesFen + c.poolFen) return false;
            account += c.accountFen;
          }
          const t = result.totals;
          return (
            result.claims.length === input.claims.length &&
            t.fundFen + t.accountFen + t.cashFen === t.policyRangeFen &&
            result.personalAccountBalanceAfterFen === input.personalAccountBalanceFen - account
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never produces a negative amount',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const result = estimate(input);
          const amounts: (number | null)[] = [
            result.personalAccountBalanceAfterFen,
            ...Object.values(result.totals),
          ];
          for (const c of result.claims) {
            amounts.push(c.poolFen, c.fundFen, c.accountFen, c.cashFen, c.otherSchemesFen);
            for (const s of c.trace)
              amounts.push(s.beforeFen, s.afterFen, s.remainingBeforeFen, s.remainingAfterFen);
          }
          for (const y of result.years) amounts.push(y.deductibleUsedFen, y.poolPaidFen, y.capFen);
          return amounts.every(
            (a) => a === null || (Number.isSafeInteger(a) && a >= 0 && !Object.is(a, -0)),
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never lets the pool pay more than the year’s cap',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const result = estimate(input);
          const paidByYear = new Map<number, number>();
          for (const c of result.claims) {
            const year = Number(c.date.slice(0, 4));
            paidByYear.set(year, (paidByYear.get(year) ?? 0) + c.poolFen);
          }
          return result.years.every(
            (y) =>
              paidByYear.get(y.year) === y.poolPaidFen &&
              (y.capFen === null || y.poolPaidFen <= y.capFen),
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same result per claim whatever the order of claims with distinct dates',
    () => {
      fc.assert(
        fc.property(
          distinctDateInput.chain((input) =>
            fc
              .shuffledSubarray([...input.claims], {
                minLength: input.claims.length,
                maxLength: input.claims.length,
              })
              .map((shuffled) => [input, { ...input, claims: shuffled }] as const),
          ),
          ([input, shuffled]) => perId(estimate(shuffled)) === perId(estimate(input)),
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never pays less when one claim costs more (that claim and the total)',
    () => {
      fc.assert(
        fc.property(
          inputArb(fc.array(rawClaimArb, { minLength: 1, maxLength: 30 })),
          fc.nat(29),
          fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 5_000_000 })),
          (input, pick, extra) => {
            const j = pick % input.claims.length;
            const more = {
              ...input,
              claims: input.claims.map((c, i) =>
                i === j ? { ...c, policyRangeFen: c.policyRangeFen + extra } : c,
              ),
            };
            const a = estimate(input);
            const b = estimate(more);
            const id = input.claims[j]?.id;
            const fundA = a.claims.find((c) => c.id === id)?.fundFen ?? -1;
            const fundB = b.claims.find((c) => c.id === id)?.fundFen ?? -1;
            return fundB >= fundA && b.totals.fundFen >= a.totals.fundFen;
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'is deterministic: the same input always gives the same output',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const first = JSON.stringify(estimate(input));
          return (
            JSON.stringify(estimate(structuredClone(input))) === first &&
            JSON.stringify(estimate(input)) === first
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'processes claims by date and in input order among equal dates, over a few days or decades',
    () => {
      // Narrow spans take the counting sort, decades the fallback sort: both must agree with a
      // plain stable sort by date.
      const offsetArb = fc.oneof(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: DAY_SPAN }),
        fc.integer({ min: 0, max: 60 * 366 }),
      );
      fc.assert(
        fc.property(
          fc.array(fc.tuple(offsetArb, fc.integer({ min: 0, max: 100_000 })), { maxLength: 40 }),
          (raws) => {
            const claims: Claim[] = raws.map(([offset, cost], i) => ({
              id: `c${i}`,
              date: addDays('2024-01-01', offset),
              kind: 'outpatient',
              institutionLevel: 2,
              policyRangeFen: cost,
            }));
            const expected = claims
              .map((claim, i) => ({ claim, i }))
              .sort((a, b) =>
                a.claim.date < b.claim.date ? -1 : a.claim.date > b.claim.date ? 1 : a.i - b.i,
              )
              .map(({ claim }) => claim.id);
            const result = estimate({
              policyId: 'cq-employee-outpatient-2024',
              member: { status: 'employed', enrolment: 'unit' },
              personalAccountBalanceFen: 0,
              claims,
            });
            return JSON.stringify(result.claims.map((c) => c.id)) === JSON.stringify(expected);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
