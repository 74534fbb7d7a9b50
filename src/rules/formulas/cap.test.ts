import { describe, expect, it } from 'vitest';
import { RULES_STEP } from '../message-keys';
import { annualCap, noCap } from './cap';

describe('annual cap (004, 《实施细则》第六条)', () => {
  it('worked example: cap 800 元, 480 paid → a 600 元 claim gets 320, the next nothing', () => {
    expect(annualCap(60_000, 80_000, 48_000)).toEqual({
      poolFen: 32_000,
      messageKey: RULES_STEP.capClamped,
      remainingBeforeFen: 32_000,
      remainingAfterFen: 0,
    });
    expect(annualCap(30_000, 80_000, 80_000)).toMatchObject({
      poolFen: 0,
      messageKey: RULES_STEP.capExhausted,
    });
  });

  it('pays in full within the cap', () => {
    expect(annualCap(48_000, 80_000, 0)).toMatchObject({
      poolFen: 48_000,
      messageKey: RULES_STEP.capWithin,
      remainingAfterFen: 32_000,
    });
  });

  it('pays nothing, and keeps nothing negative, when a lower cap comes into force mid-year', () => {
    expect(annualCap(10_000, 300_000, 350_000)).toMatchObject({
      poolFen: 0,
      remainingBeforeFen: 0,
      remainingAfterFen: 0,
    });
  });
});

describe('no cap stated (003, 002)', () => {
  it('worked example: 7,035 元 is paid whatever was paid before', () => {
    expect(noCap(703_500)).toEqual({
      poolFen: 703_500,
      messageKey: RULES_STEP.noCapStated,
      remainingBeforeFen: null,
      remainingAfterFen: null,
    });
  });
});
