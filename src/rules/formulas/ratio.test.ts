import { describe, expect, it } from 'vitest';
import { poolShare } from './ratio';

describe('the pool pays a ratio, half-up to the fen', () => {
  it('worked example 2 (004): (3,000 − 200) × 50 % = 1,400 元', () => {
    expect(poolShare(280_000, 5_000)).toBe(140_000);
  });

  it('worked example (002): 10,050 元 × 70 % = 7,035 元', () => {
    expect(poolShare(1_005_000, 7_000)).toBe(703_500);
  });

  it('rounds half a fen up: 1 fen × 50 % = 1 fen, 2 fen × 60 % = 1 fen', () => {
    expect(poolShare(1, 5_000)).toBe(1);
    expect(poolShare(3, 5_000)).toBe(2);
    expect(poolShare(2, 6_000)).toBe(1);
  });
});
