import { formatBpAsPercent, formatFenAsYuan } from './money';
import type { MessageParams, TraceStep } from './types';

/**
 * Turns an error's or a rule's params into i18next interpolation values: `xxxFen` becomes `xxx`
 * as a yuan string ('1,234.56'), `xxxBp` becomes `xxx` as a percent string ('60', '62.5').
 * The translations (src/i18n/*\/rules.ts) use those short names: `{{max}} 元`, `{{ratio}}%`.
 */
export function messageParams(params: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (
      typeof value === 'number' &&
      Number.isSafeInteger(value) &&
      key.length > 3 &&
      key.endsWith('Fen')
    ) {
      out[key.slice(0, -3)] = formatFenAsYuan(value);
    } else if (
      typeof value === 'number' &&
      Number.isSafeInteger(value) &&
      key.length > 2 &&
      key.endsWith('Bp')
    ) {
      out[key.slice(0, -2)] = formatBpAsPercent(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * Everything a trace step's message may use: the rule's params (as in `messageParams`) plus
 * `before`, `after`, `change` (before − after) and, for rules that keep a running amount,
 * `remainingBefore` and `remainingAfter`, all as yuan strings.
 */
export function traceStepMessageParams(step: TraceStep): Record<string, string | number> {
  const out = messageParams(step.params);
  out.before = formatFenAsYuan(step.beforeFen);
  out.after = formatFenAsYuan(step.afterFen);
  out.change = formatFenAsYuan(step.beforeFen - step.afterFen);
  if (step.remainingBeforeFen !== null)
    out.remainingBefore = formatFenAsYuan(step.remainingBeforeFen);
  if (step.remainingAfterFen !== null) out.remainingAfter = formatFenAsYuan(step.remainingAfterFen);
  return out;
}
