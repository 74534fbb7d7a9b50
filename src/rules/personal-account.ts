import { RulesInputError } from './errors';
import { employeeMonthlyCredit, retireeMonthlyCredit } from './formulas/account-credit';
import { RULES_ERROR, RULES_STEP, type RulesStepKey } from './message-keys';
import { inForceOn, type Citation, type InForce, type Parameter } from './parameters';
import { cqEmployeeOutpatient } from './policies/cq-employee-outpatient';
import type { AccountCreditSpec } from './policy-model';
import type { Basis, Member, MessageParams, SourceRef } from './types';
import { checkAge, checkFen, checkMember, isObject } from './validate';

export interface AccountCreditInput {
  member: Member;
  /** Whole years; decides the retiree amount (70 and over gets more). */
  age: number;
  /** Monthly contribution base in fen; required for employed members. */
  contributionBaseFen?: number;
  /** YYYY-MM-DD: the month's credit is the one in force on this day (the reform's start if not given). */
  date?: string;
}

export interface AccountCreditResult {
  monthlyFen: number;
  ruleId: string;
  messageKey: RulesStepKey;
  params: MessageParams;
  source: SourceRef;
  basis: Basis;
  /** The day the value applied came into force. */
  inForceFrom: string;
}

function valueOn<T>(parameter: Parameter<T>, date: string, what: string): InForce<T> {
  const value = inForceOn(parameter, date);
  if (value === undefined) throw new RangeError(`${what}: no value in force on ${date}`);
  return value;
}

function result(
  ruleId: string,
  messageKey: RulesStepKey,
  monthlyFen: number,
  params: MessageParams,
  cited: Citation & { from: string },
): AccountCreditResult {
  return {
    monthlyFen,
    ruleId,
    messageKey,
    params,
    source: cited.source,
    basis: cited.basis,
    inForceFrom: cited.from,
  };
}

/**
 * The monthly personal-account credit a policy's credit rule gives this member on `date`.
 * Validates the input like the engine does; throws RulesInputError naming the field.
 */
export function monthlyAccountCredit(
  spec: AccountCreditSpec,
  input: AccountCreditInput,
  date: string,
): AccountCreditResult {
  if (!isObject(input))
    throw new RulesInputError([], RULES_ERROR.invalidType, { expected: 'object' });
  const { status, enrolment } = checkMember(['member'], input.member);
  const age = checkAge(['age'], input.age);

  if (spec.notStated.enrolments.includes(enrolment)) {
    const cited = valueOn(spec.notStated.values, date, spec.notStated.id);
    return result(spec.notStated.id, RULES_STEP.accountCreditNotStated, 0, {}, cited);
  }
  if (status === 'employed') {
    const rule = spec.employed;
    const ratio = valueOn(rule.ratioBp, date, rule.id);
    const baseFen = checkFen(['contributionBaseFen'], input.contributionBaseFen);
    const monthlyFen = employeeMonthlyCredit(baseFen, ratio.value);
    return result(
      rule.id,
      RULES_STEP.accountCreditEmployed,
      monthlyFen,
      { baseFen, ratioBp: ratio.value, creditFen: monthlyFen },
      ratio,
    );
  }
  const rule = spec.retired;
  const threshold = valueOn(rule.ageThreshold, date, rule.id);
  const under = valueOn(rule.monthlyFenUnderThreshold, date, rule.id);
  const from = valueOn(rule.monthlyFenFromThreshold, date, rule.id);
  const monthlyFen = retireeMonthlyCredit(age, threshold.value, under.value, from.value);
  return result(
    rule.id,
    RULES_STEP.accountCreditRetired,
    monthlyFen,
    { age, ageThreshold: threshold.value, creditFen: monthlyFen },
    age >= threshold.value ? from : under,
  );
}

/**
 * Chongqing's monthly personal-account credit after the 2024 reform (004, 《实施细则》第九条):
 * employed 2 % of the contribution base, retirees 105 元 under 70 and 115 元 from 70.
 * The 2 % is rounded half-up to the fen; the source gives no rounding.
 * Lump-sum (趸缴) tier-2 payers, credited 2 % of the lump-sum base and then as retirees, are not
 * modelled: pass them as employed with that base, or as retired after the lump-sum period.
 */
export function cqMonthlyAccountCredit(input: AccountCreditInput): AccountCreditResult {
  const start = cqEmployeeOutpatient.period.values[0].from;
  const date = isObject(input) && typeof input.date === 'string' ? input.date : start;
  if (date < start) {
    throw new RulesInputError(['date'], RULES_ERROR.dateBeforePolicy, {
      date,
      effectiveFrom: start,
    });
  }
  return monthlyAccountCredit(cqEmployeeOutpatient.accountCredit, input, date);
}
