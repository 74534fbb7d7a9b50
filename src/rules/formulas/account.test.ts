import { describe, expect, it } from 'vitest';
import { accountPays } from './account';

describe('the personal account pays while it lasts (004, 《实施细则》第十条)', () => {
  it('worked example 1: a share of 910 元 with 1,260 元 in the account → 910 paid, 350 left', () => {
    expect(accountPays(91_000, 126_000)).toBe(91_000);
  });

  it('pays no more than the balance', () => {
    expect(accountPays(197_700, 138_000)).toBe(138_000);
    expect(accountPays(5_000, 0)).toBe(0);
  });
});
