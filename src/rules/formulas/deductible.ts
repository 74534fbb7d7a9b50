import { RULES_STEP, type RulesStepKey } from '../message-keys';

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
