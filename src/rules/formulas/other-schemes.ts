import { RULES_STEP } from '../message-keys';
import { NO_PARAMS, step } from '../trace';
import type { RuleRef, TraceStep } from '../types';

/*
 * Other schemes pay first. Its data is a dated clause in a policy file (`otherSchemes`), read on a
 * day with `clauseOn`.
 */

/**
 * Other schemes pay first (004, 问答十四): two-diseases, special-disease and negotiated-drug
 * schemes pay their part of a claim before ordinary pooling, and only what is left enters this
 * policy. What they paid is the fund's, but it never uses up this policy's cap (第六条第二款).
 *
 * Worked example (004, 问答十九 例3): in-scope cost 6,350 元, the special-disease scheme paid
 * 4,728 元 → 1,622 元 enters ordinary pooling.
 */
export function leftForThisPolicy(costFen: number, paidByOtherSchemesFen: number): number {
  return costFen - paidByOtherSchemesFen;
}

/** Cited only when another scheme paid something. */
export function otherSchemesStep(rule: RuleRef, costFen: number, eligibleFen: number): TraceStep {
  return step(rule, RULES_STEP.otherSchemes, NO_PARAMS, costFen, eligibleFen);
}
