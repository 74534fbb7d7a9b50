import { describe, expect, it } from 'vitest';
import { cqMonthlyAccountCredit, RulesInputError, RULES_ERROR, RULES_STEP } from './index';

describe('Chongqing monthly personal-account credit (004, 《实施细则》第九条)', () => {
  it('credits employed members 2 % of their contribution base', () => {
    const credit = cqMonthlyAccountCredit({
      member: { status: 'employed', enrolment: 'unit' },
      age: 32,
      contributionBaseFen: 800_000,
    });
    expect(credit).toMatchObject({
      monthlyFen: 16_000,
      ruleId: 'cq.account-credit.employed',
      messageKey: RULES_STEP.accountCreditEmployed,
      params: { baseFen: 800_000, ratioBp: 200, creditFen: 16_000 },
      source: { doc: '004', clause: expect.stringContaining('第九条') as unknown },
      basis: 'stated',
    });
  });

  it('rounds the 2 % half-up to the fen', () => {
    const monthly = (base: number) =>
      cqMonthlyAccountCredit({
        member: { status: 'employed', enrolment: 'individual-tier2' },
        age: 40,
        contributionBaseFen: base,
      }).monthlyFen;
    expect(monthly(12_345)).toBe(247); // 246.9
    expect(monthly(12_325)).toBe(247); // 246.5
    expect(monthly(12_320)).toBe(246); // 246.4
  });

  it('credits retirees 105 元 under 70 and 115 元 from 70', () => {
    const monthly = (age: number) =>
      cqMonthlyAccountCredit({ member: { status: 'retired', enrolment: 'unit' }, age }).monthlyFen;
    expect(monthly(62)).toBe(10_500);
    expect(monthly(69)).toBe(10_500);
    expect(monthly(70)).toBe(11_500);
    expect(monthly(76)).toBe(11_500);
  });

  it('credits nothing to individual tier 1, flagged as not stated by the source', () => {
    const credit = cqMonthlyAccountCredit({
      member: { status: 'retired', enrolment: 'individual-tier1' },
      age: 75,
    });
    expect(credit).toMatchObject({
      monthlyFen: 0,
      messageKey: RULES_STEP.accountCreditNotStated,
      basis: 'assumed',
    });
  });

  it('rejects a bad age or a missing base', () => {
    const attempt = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(RulesInputError);
        return error as RulesInputError;
      }
      throw new Error('did not throw');
    };
    expect(
      attempt(() =>
        cqMonthlyAccountCredit({ member: { status: 'retired', enrolment: 'unit' }, age: 70.5 }),
      ),
    ).toMatchObject({
      field: 'age',
      code: RULES_ERROR.invalidAge,
    });
    expect(
      attempt(() =>
        cqMonthlyAccountCredit({ member: { status: 'employed', enrolment: 'unit' }, age: 30 }),
      ),
    ).toMatchObject({
      field: 'contributionBaseFen',
      code: RULES_ERROR.invalidType,
    });
  });
});
