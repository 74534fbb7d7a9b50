import { describe, expect, it } from 'vitest';
import { leftForThisPolicy } from './other-schemes';

describe('other schemes pay first (004, 问答十四)', () => {
  it('worked example 3: 6,350 元 of which the special-disease scheme paid 4,728 → 1,622 enters', () => {
    expect(leftForThisPolicy(635_000, 472_800)).toBe(162_200);
  });

  it('leaves the whole cost when no other scheme paid, and nothing when it paid all', () => {
    expect(leftForThisPolicy(10_000, 0)).toBe(10_000);
    expect(leftForThisPolicy(10_000, 10_000)).toBe(0);
  });
});
