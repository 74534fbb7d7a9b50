import { RULES_STEP, type RulesStepKey } from '../message-keys';
import { clauseOn, requiredEntryOn, ruleRef, type Parameter } from '../parameters';
import { NO_PARAMS, step } from '../trace';
import type {
  ByEnrolment,
  ByStatus,
  Enrolment,
  MemberStatus,
  MessageParams,
  RuleRef,
  TraceStep,
} from '../types';

/*
 * The annual cap (年度最高支付限额): its dated data in a policy file, how that data reads on a
 * day, the formulas with their worked examples, and the trace step that cites it.
 */

/** The rule as policy data. */
export type CapSpec =
  | {
      readonly id: string;
      readonly per: 'calendar-year';
      /** A `null` line ends the cap: from that day none applies. */
      readonly amountFen: ByStatus<ByEnrolment<Parameter<number>>>;
    }
  | { readonly id: string; readonly per: 'none'; readonly values: Parameter<true> };

/** The rule for one member on one day; capFen null: no cap (none stated, or a null line ended it). */
export interface CapOnDay {
  readonly capFen: number | null;
  readonly rule: RuleRef;
  readonly params: MessageParams;
}

export function capOn(
  spec: CapSpec,
  status: MemberStatus,
  enrolment: Enrolment,
  date: string,
): CapOnDay {
  if (spec.per === 'none') {
    return {
      capFen: null,
      rule: clauseOn({ id: spec.id, values: spec.values }, date),
      params: NO_PARAMS,
    };
  }
  // A null line ends the cap: from then on the trace cites the line that ended it.
  const entry = requiredEntryOn(spec.amountFen[status][enrolment], date, spec.id);
  return {
    capFen: entry.value,
    rule: ruleRef(spec.id, entry),
    params: entry.value === null ? NO_PARAMS : Object.freeze({ capFen: entry.value }),
  };
}

/** The cap of the day applied to one claim. */
export function applyCap(law: CapOnDay, uncappedFen: number, paidThisYearFen: number): CapOutcome {
  return law.capFen === null
    ? noCap(uncappedFen)
    : annualCap(uncappedFen, law.capFen, paidThisYearFen);
}

export function capStep(law: CapOnDay, uncappedFen: number, outcome: CapOutcome): TraceStep {
  return step(
    law.rule,
    outcome.messageKey,
    law.params,
    uncappedFen,
    outcome.poolFen,
    outcome.remainingBeforeFen,
    outcome.remainingAfterFen,
  );
}

export interface CapOutcome {
  /** What the pool pays after the cap. */
  readonly poolFen: number;
  readonly messageKey: RulesStepKey;
  /** The year's cap still to pay, before and after; null when no cap applies. */
  readonly remainingBeforeFen: number | null;
  readonly remainingAfterFen: number | null;
}

/**
 * An annual cap (004, 《实施细则》第六条): the most the ordinary-outpatient pool pays in a calendar
 * year. Only this pool's payments use it up, never other schemes' (第六条第二款).
 *
 * Worked example: an individual tier-1 employee (cap 800 元) whose pool already paid 480 元 this
 * year: a claim worth 600 元 is paid 320 元, and the next one nothing.
 */
export function annualCap(
  uncappedFen: number,
  capFen: number,
  paidThisYearFen: number,
): CapOutcome {
  const remainingBeforeFen = Math.max(0, capFen - paidThisYearFen);
  const poolFen = Math.min(uncappedFen, remainingBeforeFen);
  const messageKey =
    poolFen === uncappedFen
      ? RULES_STEP.capWithin
      : remainingBeforeFen === 0
        ? RULES_STEP.capExhausted
        : RULES_STEP.capClamped;
  return {
    poolFen,
    messageKey,
    remainingBeforeFen,
    remainingAfterFen: remainingBeforeFen - poolFen,
  };
}

/**
 * No cap stated (003, 002): the pool pays what the ratio gives. Flagged `assumed` in the data,
 * since silence in a source is not a promise that there is no cap.
 *
 * Worked example: 10,050 元 at 70 % → the pool pays 7,035 元, whatever it paid before.
 */
export function noCap(uncappedFen: number): CapOutcome {
  return {
    poolFen: uncappedFen,
    messageKey: RULES_STEP.noCapStated,
    remainingBeforeFen: null,
    remainingAfterFen: null,
  };
}
