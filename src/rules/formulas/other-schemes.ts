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
