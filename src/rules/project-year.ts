import { daysInMonth, formatIsoDate, isoDayNumber, toDayNumber } from './dates';
import { RulesInputError } from './errors';
import { estimateWithoutTrace } from './estimate';
import { RULES_ERROR } from './message-keys';
import { kindsCoveredOn } from './law';
import { monthlyAccountCredit, type AccountCreditResult } from './personal-account';
import { findDatedPolicy, policyPeriod } from './policy-registry';
import {
  CLAIM_KINDS,
  type AccountCredit,
  type Claim,
  type ClaimKind,
  type InstitutionLevel,
  type Member,
  type YearResult,
} from './types';
import { checkAge, checkFen, checkMember, includes, isObject } from './validate';

export const MAX_VISITS_PER_MONTH = 31;

export interface ProjectYearInput {
  policyId: string;
  member: Member;
  /** Whole years, taken as constant for the whole year (a 70th birthday mid-year is ignored). */
  age: number;
  /** Monthly contribution base in fen; used for employed members' Chongqing credit. */
  contributionBaseFen: number;
  /** Account balance on 1 January, before that month's credit. */
  startingBalanceFen: number;
  year: number;
  /** Whole visits per month, 0–31; the same every month. */
  visitsPerMonth: number;
  /** In-scope cost of one visit. */
  costPerVisitFen: number;
  /** For pharmacy purchases, the prescribing institution's level. */
  institutionLevel: InstitutionLevel;
  kind: ClaimKind;
  /** Paid by special-disease / two-disease / negotiated-drug schemes on each visit. */
  paidByOtherSchemesPerVisitFen?: number;
  /** Per-visit deductibles (Shanxi): the prescribing visit already charged it. */
  deductibleMetAtPrescriber?: boolean;
  /** Overrides the monthly account credit (e.g. a figure from the person's statement). */
  monthlyCreditFen?: number;
}

export interface ProjectionMonth {
  month: number;
  creditFen: number;
  visits: number;
  policyRangeFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
  balanceEndFen: number;
}

export interface ProjectYearResult {
  year: number;
  visits: number;
  policyRangeFen: number;
  fundFen: number;
  poolFen: number;
  accountFen: number;
  /** Out of pocket for the year. */
  cashFen: number;
  creditedFen: number;
  monthlyCreditFen: number;
  /**
   * Why the monthly credit is what it is: Chongqing's rule for the Chongqing policy; null when
   * `monthlyCreditFen` was given or the policy's sources state no credit rule (then 0).
   */
  creditRule: AccountCreditResult | null;
  balanceEndFen: number;
  /** Deductible and cap use for the year; null when no visit falls in the policy period. */
  yearUse: YearResult | null;
  months: ProjectionMonth[];
}

/**
 * A year's projection for the estimator: builds the visits, credits the personal account at the
 * start of each month (before that month's visits), and runs the engine.
 *
 * Assumptions, all stated to the person by the screen:
 * - n visits a month fall on day 1 + ⌊k·D/n⌋ (k = 0…n−1, D = days in the month): spread from the
 *   1st, so each month's credit is there before its first visit.
 * - Visits dated before the policy's start (e.g. January 2023 for Shanxi) are left out.
 * - Only Chongqing states a credit rule; other policies credit 0 unless `monthlyCreditFen` is given.
 */
export function projectYear(input: ProjectYearInput): ProjectYearResult {
  if (!isObject(input))
    throw new RulesInputError([], RULES_ERROR.invalidType, { expected: 'object' });
  const policy = findDatedPolicy(input.policyId);
  if (policy === undefined) {
    throw new RulesInputError(['policyId'], RULES_ERROR.unknownPolicy, {
      policyId: String(input.policyId),
    });
  }
  const member = checkMember(['member'], input.member);
  const age = checkAge(['age'], input.age);
  const contributionBaseFen = checkFen(['contributionBaseFen'], input.contributionBaseFen);
  const startingBalanceFen = checkFen(['startingBalanceFen'], input.startingBalanceFen);
  const year = input.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9998) {
    throw new RulesInputError(['year'], RULES_ERROR.invalidYear, { value: String(year) });
  }
  const visitsPerMonth = input.visitsPerMonth;
  if (
    typeof visitsPerMonth !== 'number' ||
    !Number.isInteger(visitsPerMonth) ||
    visitsPerMonth < 0 ||
    visitsPerMonth > MAX_VISITS_PER_MONTH
  ) {
    throw new RulesInputError(['visitsPerMonth'], RULES_ERROR.invalidVisitsPerMonth, {
      value: String(visitsPerMonth),
      max: MAX_VISITS_PER_MONTH,
    });
  }
  const costFen = checkFen(['costPerVisitFen'], input.costPerVisitFen);
  const otherFen =
    input.paidByOtherSchemesPerVisitFen === undefined
      ? undefined
      : checkFen(['paidByOtherSchemesPerVisitFen'], input.paidByOtherSchemesPerVisitFen);
  if (otherFen !== undefined && otherFen > costFen) {
    throw new RulesInputError(
      ['paidByOtherSchemesPerVisitFen'],
      RULES_ERROR.otherSchemesExceedCost,
      {
        paidFen: otherFen,
        costFen,
      },
    );
  }
  const level = input.institutionLevel;
  if (level !== 1 && level !== 2 && level !== 3) {
    throw new RulesInputError(['institutionLevel'], RULES_ERROR.invalidLevel, {
      value: String(level),
    });
  }
  const kind = input.kind;
  if (!includes(CLAIM_KINDS, kind)) {
    throw new RulesInputError(['kind'], RULES_ERROR.unknownKind, { value: String(kind) });
  }
  const period = policyPeriod(policy);
  const yearFirst = formatIsoDate({ year, month: 1, day: 1 });
  if (!kindsCoveredOn(policy, period.from > yearFirst ? period.from : yearFirst).includes(kind)) {
    throw new RulesInputError(['kind'], RULES_ERROR.kindNotCovered, {
      kind,
      policyId: policy.aliases[0],
    });
  }
  const from = isoDayNumber(period.from);
  const to = period.to === undefined ? Number.POSITIVE_INFINITY : isoDayNumber(period.to);
  if (toDayNumber(year, 12, 31) < from || toDayNumber(year, 1, 1) > to) {
    throw new RulesInputError(['year'], RULES_ERROR.yearOutsidePolicy, {
      year,
      effectiveFrom: period.from,
      effectiveTo: period.to ?? '',
    });
  }

  // The credit is looked up month by month, so a dated change of the credit rule shows up in
  // the month it takes effect. Months before the policy starts are credited as its first month.
  const fixedCreditFen =
    input.monthlyCreditFen === undefined
      ? undefined
      : checkFen(['monthlyCreditFen'], input.monthlyCreditFen);
  const creditRules: (AccountCreditResult | null)[] = [];
  for (let month = 1; month <= 12; month++) {
    const first = formatIsoDate({ year, month, day: 1 });
    const spec = policy.accountCredit;
    creditRules.push(
      fixedCreditFen !== undefined || spec === undefined
        ? null
        : monthlyAccountCredit(
            spec,
            { member, age, contributionBaseFen },
            first < period.from ? period.from : first,
          ),
    );
  }
  const creditRule = creditRules[0] ?? null;
  const creditOf = (month: number) => fixedCreditFen ?? creditRules[month - 1]?.monthlyFen ?? 0;
  const monthlyCreditFen = creditOf(1);

  const claims: Claim[] = [];
  const credits: AccountCredit[] = [];
  const claimMonth: number[] = [];
  for (let month = 1; month <= 12; month++) {
    credits.push({ date: formatIsoDate({ year, month, day: 1 }), amountFen: creditOf(month) });
    const days = daysInMonth(year, month);
    for (let k = 0; k < visitsPerMonth; k++) {
      const day = 1 + Math.floor((k * days) / visitsPerMonth);
      const dayNumber = toDayNumber(year, month, day);
      if (dayNumber < from || dayNumber > to) continue;
      const claim: Claim = {
        id: `${year}-${month}-${k + 1}`,
        date: formatIsoDate({ year, month, day }),
        kind,
        institutionLevel: level,
        policyRangeFen: costFen,
      };
      if (otherFen !== undefined) claim.paidByOtherSchemesFen = otherFen;
      if (input.deductibleMetAtPrescriber !== undefined) {
        claim.deductibleMetAtPrescriber = input.deductibleMetAtPrescriber;
      }
      claims.push(claim);
      claimMonth.push(month);
    }
  }

  const result = estimateWithoutTrace({
    policyId: policy.aliases[0],
    member,
    personalAccountBalanceFen: startingBalanceFen,
    claims,
    accountCredits: credits,
  });

  const months: ProjectionMonth[] = [];
  for (let month = 1; month <= 12; month++) {
    months.push({
      month,
      creditFen: creditOf(month),
      visits: 0,
      policyRangeFen: 0,
      fundFen: 0,
      accountFen: 0,
      cashFen: 0,
      balanceEndFen: 0,
    });
  }
  // Claims were built in date order, so results line up with inputIndex → month.
  for (const c of result.claims) {
    const row = months[(claimMonth[c.inputIndex] ?? 1) - 1];
    if (row === undefined) continue;
    row.visits += 1;
    row.policyRangeFen += c.policyRangeFen;
    row.fundFen += c.fundFen;
    row.accountFen += c.accountFen;
    row.cashFen += c.cashFen;
  }
  let balance = startingBalanceFen;
  for (const row of months) {
    balance += row.creditFen - row.accountFen;
    row.balanceEndFen = balance;
  }

  return {
    year,
    visits: claims.length,
    policyRangeFen: result.totals.policyRangeFen,
    fundFen: result.totals.fundFen,
    poolFen: result.totals.poolFen,
    accountFen: result.totals.accountFen,
    cashFen: result.totals.cashFen,
    creditedFen: result.totals.creditedFen,
    monthlyCreditFen,
    creditRule,
    balanceEndFen: result.personalAccountBalanceAfterFen,
    yearUse: result.years[0] ?? null,
    months,
  };
}
