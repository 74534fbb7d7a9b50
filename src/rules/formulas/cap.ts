import { RULES_STEP, type RulesStepKey } from '../message-keys';

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
