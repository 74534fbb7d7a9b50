import { isoDayNumber } from './dates';
import { RulesInputError } from './errors';
import { accountPays, accountStep } from './formulas/account';
import { applyCap, capStep } from './formulas/cap';
import { cashPays, cashStep } from './formulas/cash';
import { applyDeductible, deductibleStep } from './formulas/deductible';
import { leftForThisPolicy, otherSchemesStep } from './formulas/other-schemes';
import { poolShare, ratioStep } from './formulas/ratio';
import { kindsCoveredOn, lawOn, type LawOnDay } from './law';
import { RULES_ERROR } from './message-keys';
import type { Policy } from './policy-model';
import { findDatedPolicy, policyPeriod } from './policy-registry';
import {
  type ClaimKind,
  type ClaimResult,
  type EstimateInput,
  type EstimateResult,
  type InstitutionLevel,
  type Member,
  type TraceStep,
  type YearResult,
  type YearSoFar,
} from './types';
import { checkFen, checkMember, isObject, isValidFen } from './validate';

/*
 * The engine (docs/decisions/002, 016). It reads the input, then settles each claim in date
 * order under the rules in force on its date, composing one formula per rule:
 *   other schemes → deductible → ratio → annual cap → personal account → cash.
 * Each rule is its dated data (src/rules/policies/) and its formula (src/rules/formulas/), which
 * also reads that data on a day and builds the rule's trace step; this file only reads the input
 * and runs the formulas in order.
 */

/** Keeps every sum of amounts exact: MAX_CLAIMS × MAX_AMOUNT_FEN < 2^53. */
export const MAX_CLAIMS = 100_000;

/** A claim as read from the input: checked, defaults filled in. */
interface ClaimIn {
  readonly inputIndex: number;
  readonly id: string;
  readonly date: string;
  /** The date as a day number (docs/decisions/002), for sorting. */
  readonly day: number;
  readonly kind: ClaimKind;
  readonly level: InstitutionLevel;
  readonly costFen: number;
  readonly otherFen: number;
  readonly metAtPrescriber: boolean;
}

interface CreditIn {
  readonly inputIndex: number;
  readonly date: string;
  readonly day: number;
  readonly amountFen: number;
}

interface Reading {
  readonly policy: Policy;
  readonly member: Member;
  readonly balanceFen: number;
  /** In processing order: by date, input order among equal dates. */
  readonly claims: readonly ClaimIn[];
  /** By date, input order among equal dates. */
  readonly credits: readonly CreditIn[];
  /** Earlier use of a calendar year, by year. */
  readonly yearsSoFar: ReadonlyMap<number, YearSoFar>;
}

/** By date, input order among equal dates: the order the deductible and the cap are used up. */
function inDateOrder<T extends { day: number; inputIndex: number }>(
  items: readonly T[],
): readonly T[] {
  const sorted = items.every((item, i) => {
    const previous = items[i - 1];
    return previous === undefined || previous.day <= item.day;
  });
  if (sorted) return items;
  return [...items].sort((a, b) => a.day - b.day || a.inputIndex - b.inputIndex);
}

/** What readClaim needs of the policy, looked up once per estimate rather than per claim. */
interface ClaimRules {
  readonly policy: Policy;
  readonly period: { readonly from: string; readonly to?: string };
  /** The kinds covered on a date; claims cluster on dates, so the last answer is kept. */
  readonly kindsOn: (date: string) => readonly ClaimKind[];
  /** The day number of a YYYY-MM-DD date, NaN when it is not one; again the last answer is kept. */
  readonly dayOf: (date: unknown) => number;
}

function claimRules(policy: Policy): ClaimRules {
  let lastDate = '';
  let lastKinds: readonly ClaimKind[] = [];
  let lastDayDate: unknown = undefined;
  let lastDay = Number.NaN;
  return {
    policy,
    period: policyPeriod(policy),
    dayOf(date) {
      if (date !== lastDayDate) {
        lastDayDate = date;
        lastDay = isoDayNumber(date);
      }
      return lastDay;
    },
    kindsOn(date) {
      if (date !== lastDate) {
        lastDate = date;
        lastKinds = kindsCoveredOn(policy, date);
      }
      return lastKinds;
    },
  };
}

const at = (i: number, field: string) => ['claims', i, field];

function readClaim(raw: unknown, i: number, rules: ClaimRules, seenIds: Set<string>): ClaimIn {
  const { policy, period } = rules;
  if (!isObject(raw))
    throw new RulesInputError(['claims', i], RULES_ERROR.invalidType, { expected: 'object' });
  const { id, date, kind, institutionLevel: level } = raw;
  if (typeof id !== 'string' || id === '')
    throw new RulesInputError(at(i, 'id'), RULES_ERROR.invalidId);
  if (seenIds.has(id)) throw new RulesInputError(at(i, 'id'), RULES_ERROR.duplicateClaimId, { id });
  seenIds.add(id);
  const day = rules.dayOf(date);
  if (typeof date !== 'string' || Number.isNaN(day)) {
    throw new RulesInputError(at(i, 'date'), RULES_ERROR.invalidDate, { value: String(date) });
  }
  if (kind !== 'outpatient' && kind !== 'pharmacy' && kind !== 'inpatient') {
    throw new RulesInputError(at(i, 'kind'), RULES_ERROR.unknownKind, { value: String(kind) });
  }
  if (level !== 1 && level !== 2 && level !== 3) {
    throw new RulesInputError(at(i, 'institutionLevel'), RULES_ERROR.invalidLevel, {
      value: String(level),
    });
  }
  // Paths are built only on failure: this runs once per claim.
  const costFen = isValidFen(raw.policyRangeFen)
    ? raw.policyRangeFen + 0 // -0 → 0
    : checkFen(at(i, 'policyRangeFen'), raw.policyRangeFen);
  const rawOther = raw.paidByOtherSchemesFen;
  const otherFen =
    rawOther === undefined
      ? 0
      : isValidFen(rawOther)
        ? rawOther + 0
        : checkFen(at(i, 'paidByOtherSchemesFen'), rawOther);
  if (otherFen > costFen) {
    throw new RulesInputError(at(i, 'paidByOtherSchemesFen'), RULES_ERROR.otherSchemesExceedCost, {
      paidFen: otherFen,
      costFen,
    });
  }
  const met = raw.deductibleMetAtPrescriber;
  if (met !== undefined && typeof met !== 'boolean') {
    throw new RulesInputError(at(i, 'deductibleMetAtPrescriber'), RULES_ERROR.invalidType, {
      expected: 'boolean',
    });
  }
  if (!rules.kindsOn(date).includes(kind)) {
    throw new RulesInputError(at(i, 'kind'), RULES_ERROR.kindNotCovered, {
      kind,
      policyId: policy.aliases[0],
    });
  }
  if (date < period.from) {
    throw new RulesInputError(at(i, 'date'), RULES_ERROR.dateBeforePolicy, {
      date,
      effectiveFrom: period.from,
    });
  }
  if (period.to !== undefined && date > period.to) {
    throw new RulesInputError(at(i, 'date'), RULES_ERROR.dateAfterPolicy, {
      date,
      effectiveTo: period.to,
    });
  }
  return {
    inputIndex: i,
    id,
    date,
    day,
    kind,
    level,
    costFen,
    otherFen,
    metAtPrescriber: met === true,
  };
}

function readCredit(raw: unknown, i: number): CreditIn {
  if (!isObject(raw)) {
    throw new RulesInputError(['accountCredits', i], RULES_ERROR.invalidType, {
      expected: 'object',
    });
  }
  const { date } = raw;
  const day = isoDayNumber(date);
  if (typeof date !== 'string' || Number.isNaN(day)) {
    throw new RulesInputError(['accountCredits', i, 'date'], RULES_ERROR.invalidDate, {
      value: String(date),
    });
  }
  const amountFen = checkFen(['accountCredits', i, 'amountFen'], raw.amountFen);
  return { inputIndex: i, date, day, amountFen };
}

/** Checks everything before any money moves, in input order, so the first bad field is named. */
function readInput(input: EstimateInput, given: Policy | undefined): Reading {
  if (!isObject(input))
    throw new RulesInputError([], RULES_ERROR.invalidType, { expected: 'object' });
  const policy = given ?? findDatedPolicy(input.policyId);
  if (policy === undefined) {
    throw new RulesInputError(['policyId'], RULES_ERROR.unknownPolicy, {
      policyId: String(input.policyId),
    });
  }
  const member = checkMember(['member'], input.member);
  const balanceFen = checkFen(['personalAccountBalanceFen'], input.personalAccountBalanceFen);

  const rawClaims: unknown = input.claims;
  if (!Array.isArray(rawClaims))
    throw new RulesInputError(['claims'], RULES_ERROR.invalidType, { expected: 'array' });
  if (rawClaims.length > MAX_CLAIMS)
    throw new RulesInputError(['claims'], RULES_ERROR.tooManyClaims, { max: MAX_CLAIMS });
  const rules = claimRules(policy);
  const seenIds = new Set<string>();
  const claims = rawClaims.map((raw: unknown, i) => readClaim(raw, i, rules, seenIds));

  const rawCredits: unknown = input.accountCredits ?? [];
  if (!Array.isArray(rawCredits)) {
    throw new RulesInputError(['accountCredits'], RULES_ERROR.invalidType, { expected: 'array' });
  }
  if (rawCredits.length > MAX_CLAIMS) {
    throw new RulesInputError(['accountCredits'], RULES_ERROR.tooManyClaims, { max: MAX_CLAIMS });
  }
  const credits = rawCredits.map((raw: unknown, i) => readCredit(raw, i));
  const yearsSoFar = readYearsSoFar(input.yearsSoFar);

  return {
    policy,
    member,
    balanceFen,
    claims: inDateOrder(claims),
    credits: inDateOrder(credits),
    yearsSoFar,
  };
}

function readYearsSoFar(raw: unknown): Map<number, YearSoFar> {
  const years = new Map<number, YearSoFar>();
  if (raw === undefined) return years;
  if (!Array.isArray(raw))
    throw new RulesInputError(['yearsSoFar'], RULES_ERROR.invalidType, { expected: 'array' });
  raw.forEach((entry: unknown, i) => {
    if (!isObject(entry))
      throw new RulesInputError(['yearsSoFar', i], RULES_ERROR.invalidType, { expected: 'object' });
    const { year } = entry;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 9999) {
      throw new RulesInputError(['yearsSoFar', i, 'year'], RULES_ERROR.invalidType, {
        expected: 'year',
      });
    }
    if (years.has(year)) {
      throw new RulesInputError(['yearsSoFar', i, 'year'], RULES_ERROR.duplicateYearSoFar, {
        year,
      });
    }
    years.set(year, {
      year,
      deductibleUsedFen: checkFen(['yearsSoFar', i, 'deductibleUsedFen'], entry.deductibleUsedFen),
      poolPaidFen: checkFen(['yearsSoFar', i, 'poolPaidFen'], entry.poolPaidFen),
    });
  });
  return years;
}

// ---------------------------------------------------------------------------------------------

/** The year's running amounts: the deductible met and what the pool paid, from 1 January. */
interface YearTally {
  year: number;
  deductibleUsedFen: number;
  poolPaidFen: number;
  capFen: number | null;
}

/** The personal account: its balance, and the dated credits still to come. */
class PersonalAccount {
  private next = 0;
  creditedFen = 0;

  constructor(
    public balanceFen: number,
    private readonly credits: readonly CreditIn[],
  ) {}

  /** Credits dated on or before `date` land before that date's claims. */
  creditUpTo(date: string | null): void {
    for (let credit = this.credits[this.next]; credit !== undefined;) {
      if (date !== null && credit.date > date) return;
      this.balanceFen += credit.amountFen;
      this.creditedFen += credit.amountFen;
      this.next += 1;
      credit = this.credits[this.next];
    }
  }
}

/** One claim under the law of its day; updates the year's tally and the account. */
function settle(
  claim: ClaimIn,
  law: LawOnDay,
  year: YearTally,
  account: PersonalAccount,
  withTrace: boolean,
): ClaimResult {
  // 1. Other schemes have paid first; only the rest enters this policy.
  const eligibleFen = leftForThisPolicy(claim.costFen, claim.otherFen);

  // 2. The deductible: the year's remaining one, one per visit, or none.
  const deductible = applyDeductible(
    law.deductible,
    eligibleFen,
    year.deductibleUsedFen,
    claim.metAtPrescriber,
  );
  year.deductibleUsedFen += deductible.appliedFen;

  // 3. The pool's ratio of what is above it, half-up to the fen.
  const uncappedFen = poolShare(deductible.afterFen, law.ratio.bp[claim.level]);

  // 4. The annual cap: only this pool's payments use it up, never other schemes'.
  const cap = applyCap(law.cap, uncappedFen, year.poolPaidFen);
  year.poolPaidFen += cap.poolFen;
  year.capFen = law.cap.capFen;

  // 5. The personal account pays the person's share while it lasts; 6. the rest is cash.
  const fundFen = claim.otherFen + cap.poolFen;
  const shareFen = claim.costFen - fundFen;
  const balanceBeforeFen = account.balanceFen;
  const accountFen = accountPays(shareFen, balanceBeforeFen);
  account.balanceFen -= accountFen;
  const cashFen = cashPays(shareFen, accountFen);

  const trace: TraceStep[] = [];
  if (withTrace) {
    if (claim.otherFen > 0)
      trace.push(otherSchemesStep(law.otherSchemes, claim.costFen, eligibleFen));
    trace.push(
      deductibleStep(law.deductible, eligibleFen, claim.metAtPrescriber, deductible),
      ratioStep(law.ratio, claim.kind, claim.level, deductible.afterFen, uncappedFen),
      capStep(law.cap, uncappedFen, cap),
      accountStep(law.account, shareFen, cashFen, balanceBeforeFen, account.balanceFen),
      cashStep(law.cash, cashFen),
    );
  }

  return {
    id: claim.id,
    inputIndex: claim.inputIndex,
    date: claim.date,
    kind: claim.kind,
    policyRangeFen: claim.costFen,
    otherSchemesFen: claim.otherFen,
    poolFen: cap.poolFen,
    fundFen,
    accountFen,
    cashFen,
    trace,
  };
}

function run(input: EstimateInput, withTrace: boolean, given?: Policy): EstimateResult {
  const { policy, member, balanceFen, claims, credits, yearsSoFar } = readInput(input, given);
  const account = new PersonalAccount(balanceFen, credits);
  const years: YearResult[] = [];
  const results: ClaimResult[] = [];
  let law: LawOnDay | undefined;
  let year: YearTally | undefined;

  for (const claim of claims) {
    // Claims come in date order, so the law only needs looking up again when a change is reached.
    if (law === undefined || (law.until !== null && claim.date >= law.until)) {
      law = lawOn(policy, member, claim.date);
    }
    // The deductible and the cap are per calendar year and reset on 1 January.
    const calendarYear = Number(claim.date.slice(0, 4));
    if (year === undefined || year.year !== calendarYear) {
      if (year !== undefined) years.push({ ...year });
      // A year the person already used part of starts from there, not from zero.
      const soFar = yearsSoFar.get(calendarYear);
      year = {
        year: calendarYear,
        deductibleUsedFen: soFar?.deductibleUsedFen ?? 0,
        poolPaidFen: soFar?.poolPaidFen ?? 0,
        capFen: null,
      };
    }
    account.creditUpTo(claim.date);
    results.push(settle(claim, law, year, account, withTrace));
  }
  if (year !== undefined) years.push({ ...year });
  // Credits dated after the last claim still land in the account.
  account.creditUpTo(null);

  const sum = (pick: (c: ClaimResult) => number) => results.reduce((t, c) => t + pick(c), 0);
  const otherSchemesFen = sum((c) => c.otherSchemesFen);
  const poolFen = sum((c) => c.poolFen);
  return {
    policyId: String(input.policyId),
    claims: results,
    totals: {
      policyRangeFen: sum((c) => c.policyRangeFen),
      otherSchemesFen,
      poolFen,
      fundFen: otherSchemesFen + poolFen,
      accountFen: sum((c) => c.accountFen),
      cashFen: sum((c) => c.cashFen),
      creditedFen: account.creditedFen,
    },
    years,
    personalAccountBalanceAfterFen: account.balanceFen,
  };
}

/**
 * Splits each claim's in-scope cost into fund (other schemes + this policy's pool), personal
 * account and cash, with a trace of every rule applied and the day its value came into force.
 * Throws RulesInputError for any invalid input and never returns a partial result.
 */
export function estimate(input: EstimateInput): EstimateResult {
  return run(input, true);
}

/**
 * The same numbers as `estimate` with every `trace` left empty, for callers that only need
 * amounts (the year projection).
 */
export function estimateWithoutTrace(input: EstimateInput): EstimateResult {
  return run(input, false);
}

/**
 * `estimate` under policy data that is not bundled: a draft of next year's parameters, or a
 * test fixture (see policies/fixtures). `input.policyId` is echoed in the result, not looked up.
 */
export function estimateUnderPolicy(policy: Policy, input: EstimateInput): EstimateResult {
  return run(input, true, policy);
}
