import { describe, expect, it } from 'vitest';
import { cashPays } from './cash';

describe('the rest is cash (004, 问答十九)', () => {
  it('worked example 4: a share of 1,977 元, 1,380 from the account → 597 元 in cash', () => {
    expect(cashPays(197_700, 138_000)).toBe(59_700);
  });

  it('is nothing when the account paid it all', () => {
    expect(cashPays(91_000, 91_000)).toBe(0);
  });
});
