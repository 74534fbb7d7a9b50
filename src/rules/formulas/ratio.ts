import { mulRatioHalfUp } from '../money';

/**
 * The pool pays a ratio of what is above the deductible, rounded half-up to the fen, once per
 * claim (docs/decisions/002). The ratio itself comes from the policy's parameters: by the
 * institution's level in Chongqing (004, 第五条; a pharmacy purchase takes the prescriber's level,
 * 第十二条), flat by status in Shanxi (003) and Fuzhou (002).
 *
 * Worked example (004, 问答十九 例2): an employee at a level-3 hospital, 3,000 元 in the year,
 * 200 元 deductible → (3,000 − 200) × 50 % = 1,400 元.
 */
export function poolShare(aboveDeductibleFen: number, ratioBp: number): number {
  return mulRatioHalfUp(aboveDeductibleFen, ratioBp);
}
