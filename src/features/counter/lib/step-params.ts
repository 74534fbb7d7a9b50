import type { SettlementStep } from '@/api-contract/settlement';
import { formatFenAsYuan, messageParams } from '@/rules';

/**
 * A settlement step's interpolation values, as the estimator gives its own trace steps
 * (`traceStepMessageParams` in src/rules): the rule's params, then before, after, change and the
 * running amounts as yuan, so the rules' `rules.step.*` messages read the same on both screens.
 */
export function settlementStepParams(step: SettlementStep): Record<string, string | number> {
  const out = messageParams(step.params);
  out.before = formatFenAsYuan(step.beforeFen);
  out.after = formatFenAsYuan(step.afterFen);
  out.change = formatFenAsYuan(step.beforeFen - step.afterFen);
  if (step.remainingBeforeFen !== null)
    out.remainingBefore = formatFenAsYuan(step.remainingBeforeFen);
  if (step.remainingAfterFen !== null) out.remainingAfter = formatFenAsYuan(step.remainingAfterFen);
  return out;
}
