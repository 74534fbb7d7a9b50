import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { estimate, estimateWithoutTrace } from './estimate';
import { RulesInputError } from './errors';
import { legacyEstimate, legacyEstimateWithoutTrace } from './testing/legacy-estimate';
import type { AccountCredit, Claim, ClaimKind, EstimateInput, EstimateResult } from './types';

/*
 * The differential property of docs/decisions/016: the engine built on dated parameters and one
 * formula per rule gives exactly what the 2024 engine gave, on 10,000 random years per policy mix,
 * traces included. The only difference allowed is the new `rule.inForceFrom` each step carries.
 */

const RUNS = 10_000;
const TIMEOUT = 120_000;

const POLICIES: readonly { id: string; from: string; kinds: readonly ClaimKind[] }[] = [
  { id: 'cq-employee-outpatient-2024', from: '2024-01-01', kinds: ['outpatient', 'pharmacy'] },
  { id: 'sx-pharmacy-2023', from: '2023-02-20', kinds: ['pharmacy'] },
  { id: 'fz-drg-2021', from: '2021-07-20', kinds: ['inpatient'] },
];

const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 50_000 }),
  fc.integer({ min: 0, max: 5_000_000 }),
  fc.constant(0),
);

// [day of the year, kind index, level, cost, other-schemes per-mille (−1: none), met at prescriber]
const rawClaimArb = fc.tuple(
  fc.integer({ min: 0, max: 365 }),
  fc.nat(5),
  fc.constantFrom(1 as const, 2 as const, 3 as const),
  amountArb,
  fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 1_000 })),
  fc.constantFrom(undefined, true, false),
);

/** A year of one person's claims: one calendar year, sometimes spilling into the next. */
const yearArb: fc.Arbitrary<EstimateInput> = fc
  .tuple(
    fc.nat(POLICIES.length - 1),
    fc.constantFrom('employed' as const, 'retired' as const),
    fc.constantFrom('unit' as const, 'individual-tier1' as const, 'individual-tier2' as const),
    fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500_000 })),
    fc.integer({ min: 0, max: 2 }),
    fc.array(rawClaimArb, { maxLength: 60 }),
    fc.array(fc.tuple(fc.integer({ min: -30, max: 400 }), fc.integer({ min: 0, max: 20_000 })), {
      maxLength: 13,
    }),
  )
  .map(([p, status, enrolment, balance, yearOffset, raws, rawCredits]) => {
    const policy = POLICIES[p];
    if (policy === undefined) throw new Error(`no policy ${p}`);
    const start = addDays(policy.from, yearOffset * 365);
    const claims = raws.map(([offset, kindIndex, level, cost, perMille, met], i): Claim => {
      const claim: Claim = {
        id: `c${i}`,
        date: addDays(start, offset),
        kind: policy.kinds[kindIndex % policy.kinds.length] ?? 'outpatient',
        institutionLevel: level,
        policyRangeFen: cost,
      };
      if (perMille >= 0) claim.paidByOtherSchemesFen = Math.floor((cost * perMille) / 1_000);
      if (met !== undefined) claim.deductibleMetAtPrescriber = met;
      return claim;
    });
    const accountCredits = rawCredits.map(([offset, amountFen]): AccountCredit => ({
      date: addDays(start, offset),
      amountFen,
    }));
    return {
      policyId: policy.id,
      member: { status, enrolment },
      personalAccountBalanceFen: balance,
      claims,
      accountCredits,
    };
  });

/** The result as text, without the one field the new engine adds. */
function comparable(result: EstimateResult): string {
  return JSON.stringify(result, (key, value: unknown) =>
    key === 'inForceFrom' ? undefined : value,
  );
}

function outcome(run: () => EstimateResult): string {
  try {
    return comparable(run());
  } catch (error) {
    if (error instanceof RulesInputError)
      return JSON.stringify([error.field, error.code, error.params]);
    throw error;
  }
}

describe('the dated engine against the 2024 engine (differential)', () => {
  it(
    'gives the same result, trace included, on 10,000 random years',
    () => {
      fc.assert(
        fc.property(
          yearArb,
          (input) => comparable(estimate(input)) === comparable(legacyEstimate(input)),
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same numbers without the trace',
    () => {
      fc.assert(
        fc.property(
          yearArb,
          (input) =>
            comparable(estimateWithoutTrace(input)) ===
            comparable(legacyEstimateWithoutTrace(input)),
        ),
        { numRuns: 2_000 },
      );
    },
    TIMEOUT,
  );

  it(
    'rejects the same broken input with the same field, code and params',
    () => {
      const breakage = fc.constantFrom<[string, unknown]>(
        ['policyRangeFen', -1],
        ['policyRangeFen', 0.5],
        ['policyRangeFen', '12'],
        ['policyRangeFen', Number.NaN],
        ['paidByOtherSchemesFen', 1e13],
        ['paidByOtherSchemesFen', 10_000_000],
        ['date', '2024-02-30'],
        ['date', '2020-01-01'],
        ['kind', 'dental'],
        ['kind', 'inpatient'],
        ['kind', 'pharmacy'],
        ['institutionLevel', 4],
        ['id', ''],
        ['id', 'c0'],
        ['deductibleMetAtPrescriber', 'yes'],
      );
      fc.assert(
        fc.property(
          yearArb.filter((input) => input.claims.length > 1),
          fc.nat(),
          breakage,
          (input, pick, [field, value]) => {
            const i = 1 + (pick % (input.claims.length - 1));
            const claims = input.claims.map((c, j) => (j === i ? { ...c, [field]: value } : c));
            const broken = { ...input, claims } as EstimateInput;
            const expected = outcome(() => legacyEstimate(broken));
            expect(outcome(() => estimate(broken))).toBe(expected);
          },
        ),
        { numRuns: 2_000 },
      );
    },
    TIMEOUT,
  );
});
