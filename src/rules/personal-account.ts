import { RulesInputError } from './errors';
import { RULES_ERROR, RULES_STEP, type RulesStepKey } from './message-keys';
import { mulRatioHalfUp } from './money';
import { cqAccountCredit } from './policies/cq-employee-outpatient-2024';
import type { Basis, Member, MessageParams, SourceRef } from './types';
import { checkAge, checkFen, checkMember, isObject } from './validate';

export interface AccountCreditInput {
  member: Member;
  /** Whole years; decides the retiree amount (70 and over gets more). */
  age: number;
  /** Monthly contribution base in fen; required for employed members. */
  contributionBaseFen?: number;
}

export interface AccountCreditResult {
  monthlyFen: number;
  ruleId: string;
  messageKey: RulesStepKey;
  params: MessageParams;
  source: SourceRef;
  basis: Basis;
}

/**
 * Chongqing's monthly personal-account credit after the 2024 reform (004, 《实施细则》第九条):
 * employed 2 % of the contribution base, retirees 105 元 under 70 and 115 元 from 70.
 * The 2 % is rounded half-up to the fen; the source gives no rounding.
 * Lump-sum (趸缴) tier-2 payers, credited 2 % of the lump-sum base and then as retirees, are not
 * modelled: pass them as employed with that base, or as retired after the lump-sum period.
 */
export function cqMonthlyAccountCredit(input: AccountCreditInput): AccountCreditResult {
  if (!isObject(input))
    throw new RulesInputError('input', RULES_ERROR.invalidType, { expected: 'object' });
  const { status, enrolment } = checkMember('member', input.member);
  const age = checkAge('age', input.age);

  if (enrolment === 'individual-tier1') {
    const rule = cqAccountCredit.notStated;
    return {
      monthlyFen: 0,
      ruleId: rule.id,
      messageKey: RULES_STEP.accountCreditNotStated,
      params: {},
      source: rule.source,
      basis: rule.basis,
    };
  }
  if (status === 'employed') {
    const rule = cqAccountCredit.employed;
    const baseFen = checkFen('contributionBaseFen', input.contributionBaseFen);
    const monthlyFen = mulRatioHalfUp(baseFen, rule.ratioBp);
    return {
      monthlyFen,
      ruleId: rule.id,
      messageKey: RULES_STEP.accountCreditEmployed,
      params: { baseFen, ratioBp: rule.ratioBp, creditFen: monthlyFen },
      source: rule.source,
      basis: rule.basis,
    };
  }
  const rule = cqAccountCredit.retired;
  const monthlyFen = age >= rule.ageThreshold ? rule.monthlyFenFrom70 : rule.monthlyFenUnder70;
  return {
    monthlyFen,
    ruleId: rule.id,
    messageKey: RULES_STEP.accountCreditRetired,
    params: { age, ageThreshold: rule.ageThreshold, creditFen: monthlyFen },
    source: rule.source,
    basis: rule.basis,
  };
}
