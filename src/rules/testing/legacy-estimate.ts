import { isoDayNumber, toDayNumber, yearOfDayNumber } from '../dates';
import { RulesInputError } from '../errors';
import { RULES_ERROR, RULES_STEP, type RulesErrorKey, type RulesStepKey } from '../message-keys';
import { checkFen, checkMember, isObject, isValidFen } from '../validate';
import { mulRatioHalfUp } from '../money';
import { findPolicy, type PolicyDefinition } from './legacy-policy-definition';
import {
  type ClaimKind,
  type ClaimResult,
  type InstitutionLevel,
  type Enrolment,
  type EstimateInput,
  type EstimateResult,
  type MessageParams,
  type MemberStatus,
  type RuleRef,
  type TraceStep,
  type YearResult,
} from '../types';

/*
 * TEST ORACLE ONLY: the engine as it was before dated parameters (docs/decisions/016), frozen
 * so the differential property (estimate.differential.test.ts) can show the new engine gives the
 * same results. Nothing in the app imports it; delete it with that test.
 *
 * The engine. Per claim, in this order (docs/decisions/002-rules-engine.md):
 *   other schemes → deductible (from the year's remaining) → ratio (half-up to the fen)
 *   → annual cap (remaining cap of the claim's calendar year) → personal account → cash.
 * Claims are processed by date, input order among equal dates, because the deductible and the
 * cap are used up in time order; results come back in that processing order.
 */

/** Keeps every sum of amounts exact: MAX_CLAIMS × MAX_AMOUNT_FEN < 2^53. */
const MAX_CLAIMS = 100_000;

// For the fallback sort: (day, input index) packed into one double.
const INDEX_SPAN = 131_072; // 2^17 > MAX_CLAIMS
const DAY_OFFSET = 800_000; // day numbers of years 0001–9999 become positive

interface Prepared {
  policy: PolicyDefinition;
  status: MemberStatus;
  enrolment: Enrolment;
  balanceFen: number;
  // Plain arrays, not typed ones: integers read from a Float64Array are doubles, and every
  // double stored in a result or trace object costs a heap box (measured: 1,030 vs 680 B/claim).
  days: number[];
  costs: number[];
  others: number[];
  // What run() needs from each claim, read once here: input objects come in several shapes
  // (optional fields), and reading them again in the hot loop would make it polymorphic.
  ids: string[];
  dates: string[];
  kinds: ClaimKind[];
  levels: InstitutionLevel[];
  waived: boolean[];
  order: Int32Array;
  creditDays: number[];
  creditAmounts: number[];
}

/**
 * Processing order: by day, input order among equal days. Claims of a year span at most a few
 * hundred days, so a counting sort (linear, stable by construction) does it; claims spread over
 * a span much wider than their number fall back to a numeric sort of packed keys.
 */
function sortOrder(days: readonly number[]): Int32Array {
  const n = days.length;
  const order = new Int32Array(n);
  let sorted = true;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    const day = days[i] ?? 0;
    if (i > 0 && day < (days[i - 1] ?? 0)) sorted = false;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  if (sorted) return order;
  const span = max - min + 1;
  if (span <= 4 * n + 1024) {
    // starts[d] is where the next claim of day min + d goes.
    const starts = new Int32Array(span + 1);
    for (let i = 0; i < n; i++) {
      const next = (days[i] ?? 0) - min + 1;
      starts[next] = (starts[next] ?? 0) + 1;
    }
    for (let d = 1; d <= span; d++) starts[d] = (starts[d] ?? 0) + (starts[d - 1] ?? 0);
    for (let i = 0; i < n; i++) {
      const slot = (days[i] ?? 0) - min;
      const at = starts[slot] ?? 0;
      order[at] = i;
      starts[slot] = at + 1;
    }
    return order;
  }
  // Packing (day, input index) into one double makes a plain numeric sort stable too.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((days[i] ?? 0) + DAY_OFFSET) * INDEX_SPAN + i;
  keys.sort();
  for (let k = 0; k < n; k++) order[k] = (keys[k] ?? 0) % INDEX_SPAN;
  return order;
}

/** Checks everything before any money moves, in input order, so the first bad field is named. */
function prepare(input: EstimateInput): Prepared {
  if (!isObject(input)) throw legacyError('input', RULES_ERROR.invalidType, { expected: 'object' });
  const policy = findPolicy(input.policyId);
  if (policy === undefined) {
    throw legacyError('policyId', RULES_ERROR.unknownPolicy, {
      policyId: String(input.policyId),
    });
  }
  const { status, enrolment } = checkMember(['member'], input.member);
  const balanceFen = checkFen(['personalAccountBalanceFen'], input.personalAccountBalanceFen);

  const claims: unknown = input.claims;
  if (!Array.isArray(claims))
    throw legacyError('claims', RULES_ERROR.invalidType, { expected: 'array' });
  const n = claims.length;
  if (n > MAX_CLAIMS) throw legacyError('claims', RULES_ERROR.tooManyClaims, { max: MAX_CLAIMS });

  const from = isoDayNumber(policy.effectiveFrom);
  const to =
    policy.effectiveTo === undefined ? Number.POSITIVE_INFINITY : isoDayNumber(policy.effectiveTo);
  const kinds = policy.coverage.kinds;
  const days: number[] = [];
  const costs: number[] = [];
  const others: number[] = [];
  const ids = new Set<string>();
  const idList: string[] = [];
  const dates: string[] = [];
  const kindList: ClaimKind[] = [];
  const levels: InstitutionLevel[] = [];
  const waived: boolean[] = [];
  const coversOutpatient = kinds.includes('outpatient');
  const coversPharmacy = kinds.includes('pharmacy');
  const coversInpatient = kinds.includes('inpatient');
  let lastDate: unknown = undefined;
  let lastDay = Number.NaN;

  for (let i = 0; i < n; i++) {
    const claim: unknown = claims[i];
    if (!isObject(claim))
      throw legacyError(`claims[${i}]`, RULES_ERROR.invalidType, { expected: 'object' });
    const id = claim.id;
    if (typeof id !== 'string' || id === '')
      throw legacyError(`claims[${i}].id`, RULES_ERROR.invalidId);
    const seen = ids.size;
    ids.add(id);
    if (ids.size === seen)
      throw legacyError(`claims[${i}].id`, RULES_ERROR.duplicateClaimId, { id });
    // Claims cluster on dates; re-parsing the previous claim's date is the common case to skip.
    const date = claim.date;
    const day = date === lastDate ? lastDay : isoDayNumber(date);
    if (Number.isNaN(day)) {
      throw legacyError(`claims[${i}].date`, RULES_ERROR.invalidDate, {
        value: String(date),
      });
    }
    lastDate = date;
    lastDay = day;
    const kind = claim.kind;
    if (kind !== 'outpatient' && kind !== 'pharmacy' && kind !== 'inpatient') {
      throw legacyError(`claims[${i}].kind`, RULES_ERROR.unknownKind, {
        value: String(kind),
      });
    }
    const level = claim.institutionLevel;
    if (level !== 1 && level !== 2 && level !== 3) {
      throw legacyError(`claims[${i}].institutionLevel`, RULES_ERROR.invalidLevel, {
        value: String(level),
      });
    }
    // Field paths are built only on failure: this loop runs once per claim.
    const rawCost = claim.policyRangeFen;
    const cost = isValidFen(rawCost) ? rawCost : checkFen([`claims[${i}].policyRangeFen`], rawCost);
    const rawOther = claim.paidByOtherSchemesFen;
    const other =
      rawOther === undefined
        ? 0
        : isValidFen(rawOther)
          ? rawOther
          : checkFen([`claims[${i}].paidByOtherSchemesFen`], rawOther);
    if (other > cost) {
      throw legacyError(`claims[${i}].paidByOtherSchemesFen`, RULES_ERROR.otherSchemesExceedCost, {
        paidFen: other,
        costFen: cost,
      });
    }
    const met = claim.deductibleMetAtPrescriber;
    if (met !== undefined && typeof met !== 'boolean') {
      throw legacyError(`claims[${i}].deductibleMetAtPrescriber`, RULES_ERROR.invalidType, {
        expected: 'boolean',
      });
    }
    if (
      !(kind === 'outpatient'
        ? coversOutpatient
        : kind === 'pharmacy'
          ? coversPharmacy
          : coversInpatient)
    ) {
      throw legacyError(`claims[${i}].kind`, RULES_ERROR.kindNotCovered, {
        kind,
        policyId: policy.id,
      });
    }
    if (day < from) {
      throw legacyError(`claims[${i}].date`, RULES_ERROR.dateBeforePolicy, {
        date: String(date),
        effectiveFrom: policy.effectiveFrom,
      });
    }
    if (day > to) {
      throw legacyError(`claims[${i}].date`, RULES_ERROR.dateAfterPolicy, {
        date: String(date),
        effectiveTo: policy.effectiveTo ?? '',
      });
    }
    days.push(day);
    costs.push(cost + 0); // -0 → 0
    others.push(other + 0);
    idList.push(id);
    dates.push(date as string);
    kindList.push(kind);
    levels.push(level);
    waived.push(met === true);
  }

  const credits: unknown = input.accountCredits ?? [];
  if (!Array.isArray(credits)) {
    throw legacyError('accountCredits', RULES_ERROR.invalidType, { expected: 'array' });
  }
  if (credits.length > MAX_CLAIMS) {
    throw legacyError('accountCredits', RULES_ERROR.tooManyClaims, { max: MAX_CLAIMS });
  }
  const creditDaysUnsorted: number[] = [];
  const creditAmountsUnsorted: number[] = [];
  for (let i = 0; i < credits.length; i++) {
    const credit: unknown = credits[i];
    const at = `accountCredits[${i}]`;
    if (!isObject(credit)) throw legacyError(at, RULES_ERROR.invalidType, { expected: 'object' });
    const day = isoDayNumber(credit.date);
    if (Number.isNaN(day)) {
      throw legacyError(`${at}.date`, RULES_ERROR.invalidDate, {
        value: String(credit.date),
      });
    }
    creditDaysUnsorted.push(day);
    creditAmountsUnsorted.push(checkFen([`${at}.amountFen`], credit.amountFen));
  }
  const creditOrder = sortOrder(creditDaysUnsorted);
  const creditDays: number[] = [];
  const creditAmounts: number[] = [];
  for (let k = 0; k < credits.length; k++) {
    const i = creditOrder[k] ?? 0;
    creditDays.push(creditDaysUnsorted[i] ?? 0);
    creditAmounts.push(creditAmountsUnsorted[i] ?? 0);
  }

  return {
    policy,
    status,
    enrolment,
    balanceFen,
    days,
    costs,
    others,
    ids: idList,
    dates,
    kinds: kindList,
    levels,
    waived,
    order: sortOrder(days),
    creditDays,
    creditAmounts,
  };
}

function legacyError(field: string, code: RulesErrorKey, params?: MessageParams): RulesInputError {
  return new RulesInputError([field], code, params);
}

const NO_PARAMS: MessageParams = Object.freeze({});

// One flat object per step, the same shape for every rule: traces are most of what the engine
// allocates, and a monomorphic shape with shared, frozen `params` keeps it cheap (see the ADR).
function step(
  rule: RuleRef,
  messageKey: RulesStepKey,
  params: MessageParams,
  beforeFen: number,
  afterFen: number,
  remainingBeforeFen: number | null,
  remainingAfterFen: number | null,
): TraceStep {
  return {
    rule,
    messageKey,
    params,
    beforeFen,
    afterFen,
    remainingBeforeFen,
    remainingAfterFen,
  };
}

/**
 * Splits each claim's in-scope cost into fund (other schemes + this policy's pool), personal
 * account and cash, with a trace of every rule applied. Throws RulesInputError for any invalid
 * input and never returns a partial result.
 */
export function legacyEstimate(input: EstimateInput): EstimateResult {
  return run(input, true);
}

/**
 * The same numbers as `estimate` with every `trace` left empty, for callers that only need
 * amounts (the year projection).
 */
export function legacyEstimateWithoutTrace(input: EstimateInput): EstimateResult {
  return run(input, false);
}

// The same shape for every rule reference, so step() reads one hidden class.
function ref(rule: RuleRef): RuleRef {
  return { id: rule.id, source: rule.source, basis: rule.basis };
}

function run(input: EstimateInput, withTrace: boolean): EstimateResult {
  const p = prepare(input);
  const { policy, status, enrolment, days, costs, others, order, creditDays, creditAmounts } = p;
  const { ids, dates, kinds, levels, waived: waivers } = p;
  const n = order.length;

  // Everything policy-shaped is read once into locals: the loop then never touches the policy
  // objects, whose shapes differ from policy to policy.
  const ded = policy.deductible;
  const dedPer = ded.per;
  const deductibleFen = ded.per === 'none' ? 0 : ded.amountFen[status];
  const ratio = policy.ratio;
  const byLevel = ratio.by === 'institution-level';
  const bpByLevel: readonly number[] =
    ratio.by === 'institution-level'
      ? [0, ratio.bp[status][1], ratio.bp[status][2], ratio.bp[status][3]]
      : [0, ratio.bp[status], ratio.bp[status], ratio.bp[status]];
  const cap = policy.cap;
  const capFen = cap.per === 'calendar-year' ? cap.amountFen[status][enrolment] : null;
  const hasCap = capFen !== null;
  const capAmount = capFen ?? 0;

  const otherRule = ref(policy.otherSchemes);
  const dedRule = ref(ded);
  const waiverRule = ded.per === 'visit' ? ref(ded.waiver) : dedRule;
  const ratioRule = ref(ratio);
  const pharmacyRule = ratio.by === 'institution-level' ? ref(ratio.pharmacy) : ratioRule;
  const capRule = ref(cap);
  const accountRule = ref(policy.account);
  const cashRule = ref(policy.cash);

  // A rule's parameters are the same for every claim of this member: built once, shared, frozen.
  const deductibleParams: MessageParams = Object.freeze({ deductibleFen });
  const capParams: MessageParams = Object.freeze({ capFen: capAmount });
  const ratioParams = [0, 1, 2, 3].map((level): MessageParams => {
    const params: Record<string, number> = { ratioBp: bpByLevel[level] ?? 0 };
    if (byLevel) params.level = level;
    return Object.freeze(params);
  });

  let balance = p.balanceFen;
  let creditIndex = 0;
  let creditedFen = 0;
  let year = 0;
  let nextYearStart = Number.NEGATIVE_INFINITY;
  let deductibleUsed = 0;
  let poolPaid = 0;
  const years: YearResult[] = [];
  const results: ClaimResult[] = [];
  let totalCost = 0;
  let totalOther = 0;
  let totalPool = 0;
  let totalAccount = 0;
  let totalCash = 0;

  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    const day = days[i] ?? 0;
    if (day >= nextYearStart) {
      // The deductible and the cap are per calendar year and reset on 1 January.
      if (k > 0) {
        years.push({ year, deductibleUsedFen: deductibleUsed, poolPaidFen: poolPaid, capFen });
      }
      year = yearOfDayNumber(day);
      nextYearStart = toDayNumber(year + 1, 1, 1);
      deductibleUsed = 0;
      poolPaid = 0;
    }
    while (creditIndex < creditDays.length && (creditDays[creditIndex] ?? 0) <= day) {
      const amount = creditAmounts[creditIndex] ?? 0;
      balance += amount;
      creditedFen += amount;
      creditIndex++;
    }

    const cost = costs[i] ?? 0;
    const other = others[i] ?? 0;
    const level = levels[i] ?? 1;
    const kind = kinds[i] ?? 'outpatient';

    // 1. Other schemes have paid first; only the rest enters this policy.
    const eligible = cost - other;

    // 2. Deductible: the year's remaining one, or one per visit unless the prescriber charged it.
    let applied = 0;
    const deductibleLeftBefore = deductibleFen - deductibleUsed;
    const waived = dedPer === 'visit' && waivers[i] === true;
    if (dedPer === 'calendar-year') {
      applied = deductibleLeftBefore < eligible ? deductibleLeftBefore : eligible;
    } else if (dedPer === 'visit' && !waived) {
      applied = deductibleFen < eligible ? deductibleFen : eligible;
    }
    deductibleUsed += applied;

    // 3. Ratio, rounded half-up to the fen on this claim's pool payment.
    const base = eligible - applied;
    const uncapped = mulRatioHalfUp(base, bpByLevel[level] ?? 0);

    // 4. Annual cap: only this policy's pool payments use it up, never other schemes'.
    const capLeftBefore = capAmount - poolPaid;
    const pool = hasCap && uncapped > capLeftBefore ? capLeftBefore : uncapped;
    poolPaid += pool;

    // 5. The personal account pays the person's share while it lasts; 6. the rest is cash.
    const fund = other + pool;
    const share = cost - fund;
    const balanceBefore = balance;
    const fromAccount = balance < share ? balance : share;
    const cash = share - fromAccount;
    balance -= fromAccount;

    let trace: TraceStep[] = [];
    if (withTrace) {
      const deductibleStep =
        dedPer === 'calendar-year'
          ? step(
              dedRule,
              deductibleLeftBefore === 0 ? RULES_STEP.deductibleYearMet : RULES_STEP.deductibleYear,
              deductibleParams,
              eligible,
              base,
              deductibleLeftBefore,
              deductibleLeftBefore - applied,
            )
          : dedPer === 'none'
            ? step(dedRule, RULES_STEP.noDeductible, NO_PARAMS, eligible, base, null, null)
            : waived
              ? step(
                  waiverRule,
                  RULES_STEP.deductibleMetAtPrescriber,
                  deductibleParams,
                  eligible,
                  base,
                  null,
                  null,
                )
              : step(
                  dedRule,
                  RULES_STEP.deductibleVisit,
                  deductibleParams,
                  eligible,
                  base,
                  null,
                  null,
                );
      const params = ratioParams[level] ?? NO_PARAMS;
      const ratioStep = !byLevel
        ? step(ratioRule, RULES_STEP.ratioFlat, params, base, uncapped, null, null)
        : kind === 'pharmacy'
          ? // The ratio follows the prescribing institution's level, not the pharmacy's.
            step(pharmacyRule, RULES_STEP.ratioPrescriberLevel, params, base, uncapped, null, null)
          : step(ratioRule, RULES_STEP.ratioByLevel, params, base, uncapped, null, null);
      const capStep = !hasCap
        ? step(capRule, RULES_STEP.noCapStated, NO_PARAMS, uncapped, pool, null, null)
        : step(
            capRule,
            pool === uncapped
              ? RULES_STEP.capWithin
              : capLeftBefore === 0
                ? RULES_STEP.capExhausted
                : RULES_STEP.capClamped,
            capParams,
            uncapped,
            pool,
            capLeftBefore,
            capLeftBefore - pool,
          );
      const accountStep = step(
        accountRule,
        RULES_STEP.account,
        NO_PARAMS,
        share,
        cash,
        balanceBefore,
        balance,
      );
      const cashStep = step(cashRule, RULES_STEP.cash, NO_PARAMS, cash, 0, null, null);
      // Array literals get exactly-sized storage; traces are most of what the engine allocates.
      trace =
        other > 0
          ? [
              step(otherRule, RULES_STEP.otherSchemes, NO_PARAMS, cost, eligible, null, null),
              deductibleStep,
              ratioStep,
              capStep,
              accountStep,
              cashStep,
            ]
          : [deductibleStep, ratioStep, capStep, accountStep, cashStep];
    }

    totalCost += cost;
    totalOther += other;
    totalPool += pool;
    totalAccount += fromAccount;
    totalCash += cash;
    results.push({
      id: ids[i] ?? '',
      inputIndex: i,
      date: dates[i] ?? '',
      kind,
      policyRangeFen: cost,
      otherSchemesFen: other,
      poolFen: pool,
      fundFen: fund,
      accountFen: fromAccount,
      cashFen: cash,
      trace,
    });
  }
  if (n > 0) years.push({ year, deductibleUsedFen: deductibleUsed, poolPaidFen: poolPaid, capFen });

  // Credits dated after the last claim still land in the account.
  while (creditIndex < creditDays.length) {
    const amount = creditAmounts[creditIndex] ?? 0;
    balance += amount;
    creditedFen += amount;
    creditIndex++;
  }

  return {
    policyId: policy.id,
    claims: results,
    totals: {
      policyRangeFen: totalCost,
      otherSchemesFen: totalOther,
      poolFen: totalPool,
      fundFen: totalOther + totalPool,
      accountFen: totalAccount,
      cashFen: totalCash,
      creditedFen,
    },
    years,
    personalAccountBalanceAfterFen: balance,
  };
}
