import type { RulesStepKey } from './message-keys';
import type { MessageParams, RuleRef, TraceStep } from './types';

/** For steps whose rule has no number of its own. Shared and frozen, like every step's params. */
export const NO_PARAMS: MessageParams = Object.freeze({});

/** One step of a claim's trace: the rule cited, its message, and the amounts it moved. */
export function step(
  rule: RuleRef,
  messageKey: RulesStepKey,
  params: MessageParams,
  beforeFen: number,
  afterFen: number,
  remainingBeforeFen: number | null = null,
  remainingAfterFen: number | null = null,
): TraceStep {
  return { rule, messageKey, params, beforeFen, afterFen, remainingBeforeFen, remainingAfterFen };
}
