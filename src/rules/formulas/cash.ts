import { RULES_STEP } from '../message-keys';
import { NO_PARAMS, step } from '../trace';
import type { RuleRef, TraceStep } from '../types';

/*
 * The rest is cash. Its data is a dated clause in a policy file (`cash`), read on a day with
 * `clauseOn`.
 */

/**
 * Whatever the fund and the account did not pay is the person's, in cash (004, 问答十九).
 *
 * Worked example (004, 问答十九 例4): a share of 1,977 元 of which the account paid 1,380 元 →
 * 597 元 in cash.
 */
export function cashPays(shareFen: number, accountFen: number): number {
  return shareFen - accountFen;
}

export function cashStep(rule: RuleRef, cashFen: number): TraceStep {
  return step(rule, RULES_STEP.cash, NO_PARAMS, cashFen, 0);
}
