import { RULES_STEP } from '../message-keys';
import { NO_PARAMS, step } from '../trace';
import type { RuleRef, TraceStep } from '../types';

/*
 * The personal account pays. Its data is a dated clause in a policy file (`account`), read on a
 * day with `clauseOn`.
 */

/**
 * The personal account pays the person's in-scope share while its balance lasts (004,
 * 《实施细则》第十条; 国办发〔2021〕14号 二（五）).
 *
 * Worked example (004, 问答十九 例1): a retiree's share of 910 元 with 1,260 元 in the account →
 * the account pays 910 元 and 350 元 is left.
 */
export function accountPays(shareFen: number, balanceFen: number): number {
  return Math.min(shareFen, balanceFen);
}

/** From the person's share to what is left in cash; the balance before and after. */
export function accountStep(
  rule: RuleRef,
  shareFen: number,
  cashFen: number,
  balanceBeforeFen: number,
  balanceAfterFen: number,
): TraceStep {
  return step(
    rule,
    RULES_STEP.account,
    NO_PARAMS,
    shareFen,
    cashFen,
    balanceBeforeFen,
    balanceAfterFen,
  );
}
