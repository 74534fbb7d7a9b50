import { RULES_STEP, type RulesStepKey } from '../message-keys';
import { clauseOn, requiredEntryOn, ruleRef, type Clause, type Parameter } from '../parameters';
import { NO_PARAMS, step } from '../trace';
import type { ByStatus, MemberStatus, MessageParams, RuleRef, TraceStep } from '../types';

/*
 * The deductible (起付标准): its dated data in a policy file, how that data reads on a day, the
 * formulas with their worked examples, and the trace step that cites it.
 */

/** The rule as policy data. */
export type DeductibleSpec =
  | {
      readonly id: string;
      readonly per: 'calendar-year';
      readonly amountFen: ByStatus<Parameter<number>>;
    }
  | {
      readonly id: string;
      readonly per: 'visit';
      readonly amountFen: ByStatus<Parameter<number>>;
      /** 合并计算: a visit whose prescriber already charged the deductible is not charged again. */
      readonly waiver: Clause;
    }
  | { readonly id: string; readonly per: 'none'; readonly values: Parameter<true> };

/** The rule for one member on one day. */
export type DeductibleOnDay =
  | {
      readonly per: 'calendar-year' | 'visit';
      readonly amountFen: number;
      readonly rule: RuleRef;
      /** What a visit met at the prescriber cites (the rule itself for a yearly deductible). */
      readonly waiver: RuleRef;
      readonly params: MessageParams;
    }
  | { readonly per: 'none'; readonly rule: RuleRef };

export function deductibleOn(
  spec: DeductibleSpec,
  status: MemberStatus,
  date: string,
): DeductibleOnDay {
  if (spec.per === 'none') {
    return { per: 'none', rule: clauseOn({ id: spec.id, values: spec.values }, date) };
  }
  const entry = requiredEntryOn(spec.amountFen[status], date, spec.id);
  const rule = ruleRef(spec.id, entry);
  // A null line ends the deductible: from then on none is charged, citing that line.
  if (entry.value === null) return { per: 'none', rule };
  return {
    per: spec.per,
    amountFen: entry.value,
    rule,
    waiver: spec.per === 'visit' ? clauseOn(spec.waiver, date) : rule,
    params: Object.freeze({ deductibleFen: entry.value }),
  };
}

/** The deductible of the day applied to one claim. */
export function applyDeductible(
  law: DeductibleOnDay,
  eligibleFen: number,
  usedThisYearFen: number,
  metAtPrescriber: boolean,
): DeductibleOutcome {
  if (law.per === 'none') return noDeductible(eligibleFen);
  if (law.per === 'visit') return visitDeductible(eligibleFen, law.amountFen, metAtPrescriber);
  return yearDeductible(eligibleFen, law.amountFen, usedThisYearFen);
}

export function deductibleStep(
  law: DeductibleOnDay,
  eligibleFen: number,
  metAtPrescriber: boolean,
  outcome: DeductibleOutcome,
): TraceStep {
  if (law.per === 'none') {
    return step(law.rule, outcome.messageKey, NO_PARAMS, eligibleFen, outcome.afterFen);
  }
  const cited = law.per === 'visit' && metAtPrescriber ? law.waiver : law.rule;
  return step(
    cited,
    outcome.messageKey,
    law.params,
    eligibleFen,
    outcome.afterFen,
    outcome.remainingBeforeFen,
    outcome.remainingAfterFen,
  );
}

/** What a deductible rule did to one claim, in the words the trace uses. */
export interface DeductibleOutcome {
  /** Taken from the claim as the person's own (counts towards the deductible). */
  readonly appliedFen: number;
  /** What is left above the deductible, for the ratio. */
  readonly afterFen: number;
  readonly messageKey: RulesStepKey;
  /** The year's deductible still to meet, before and after; null for rules that keep none. */
  readonly remainingBeforeFen: number | null;
  readonly remainingAfterFen: number | null;
}

/**
 * A deductible per calendar year (004, 《实施细则》第四条): in-scope costs of the year's visits
 * add up towards it, and only what is above it is paid. It resets on 1 January.
 *
 * Worked example: an employee's deductible is 200 元. A first visit of 150 元 uses 150 of it
 * (nothing paid, 50 元 still to meet); a second of 300 元 uses the last 50 and 250 is paid on.
 */
export function yearDeductible(
  eligibleFen: number,
  deductibleFen: number,
  usedThisYearFen: number,
): DeductibleOutcome {
  const remainingBeforeFen = Math.max(0, deductibleFen - usedThisYearFen);
  const appliedFen = Math.min(remainingBeforeFen, eligibleFen);
  return {
    appliedFen,
    afterFen: eligibleFen - appliedFen,
    messageKey: remainingBeforeFen === 0 ? RULES_STEP.deductibleYearMet : RULES_STEP.deductibleYear,
    remainingBeforeFen,
    remainingAfterFen: remainingBeforeFen - appliedFen,
  };
}

/**
 * A deductible per visit (003, 起付标准30元/次), counted together with the prescribing
 * institution (合并计算): when the prescribing visit already charged it, the purchase is not
 * charged again.
 *
 * Worked example: a 100 元 purchase pays on 70 元; with the deductible met at the prescriber,
 * on all 100 元. A 20 元 purchase uses 20 元 of the deductible and pays on nothing.
 */
export function visitDeductible(
  eligibleFen: number,
  deductibleFen: number,
  metAtPrescriber: boolean,
): DeductibleOutcome {
  if (metAtPrescriber) {
    return {
      appliedFen: 0,
      afterFen: eligibleFen,
      messageKey: RULES_STEP.deductibleMetAtPrescriber,
      remainingBeforeFen: null,
      remainingAfterFen: null,
    };
  }
  const appliedFen = Math.min(deductibleFen, eligibleFen);
  return {
    appliedFen,
    afterFen: eligibleFen - appliedFen,
    messageKey: RULES_STEP.deductibleVisit,
    remainingBeforeFen: null,
    remainingAfterFen: null,
  };
}

/**
 * No deductible (002, 「不设医保起付门槛」): the ratio applies from the first yuan.
 *
 * Worked example: a DRG group price of 10,050 元 is shared by ratio in full.
 */
export function noDeductible(eligibleFen: number): DeductibleOutcome {
  return {
    appliedFen: 0,
    afterFen: eligibleFen,
    messageKey: RULES_STEP.noDeductible,
    remainingBeforeFen: null,
    remainingAfterFen: null,
  };
}
