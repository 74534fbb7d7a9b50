import { mulRatioHalfUp } from '../money';

/**
 * The monthly personal-account credit of an employee (004, 《实施细则》第九条第一款): a share of
 * the person's own contribution base, rounded half-up to the fen (the source gives no rounding);
 * the employer's part all goes to the pool.
 *
 * Worked example: a base of 8,000 元 at 2 % → 160 元 a month.
 */
export function employeeMonthlyCredit(contributionBaseFen: number, ratioBp: number): number {
  return mulRatioHalfUp(contributionBaseFen, ratioBp);
}

/**
 * The monthly personal-account credit of a retiree (第九条第二款): a fixed amount, higher from
 * an age threshold on.
 *
 * Worked example: 105 元 a month at 62, 115 元 at 76 (threshold 70).
 */
export function retireeMonthlyCredit(
  age: number,
  ageThreshold: number,
  underThresholdFen: number,
  fromThresholdFen: number,
): number {
  return age >= ageThreshold ? fromThresholdFen : underThresholdFen;
}
