import { describe, expect, it } from 'vitest';
import { employeeMonthlyCredit, retireeMonthlyCredit } from './account-credit';

describe('monthly personal-account credit (004, 《实施细则》第九条)', () => {
  it('worked example: an employee with a base of 8,000 元 gets 2 % = 160 元', () => {
    expect(employeeMonthlyCredit(800_000, 200)).toBe(16_000);
  });

  it('rounds the employee credit half-up to the fen', () => {
    expect(employeeMonthlyCredit(12_325, 200)).toBe(247); // 246.5
    expect(employeeMonthlyCredit(12_320, 200)).toBe(246); // 246.4
  });

  it('worked example: a retiree gets 105 元 at 62 and 115 元 at 70 and 76', () => {
    expect(retireeMonthlyCredit(62, 70, 10_500, 11_500)).toBe(10_500);
    expect(retireeMonthlyCredit(70, 70, 10_500, 11_500)).toBe(11_500);
    expect(retireeMonthlyCredit(76, 70, 10_500, 11_500)).toBe(11_500);
  });
});
