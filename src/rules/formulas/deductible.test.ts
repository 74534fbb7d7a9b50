import { describe, expect, it } from 'vitest';
import { RULES_STEP } from '../message-keys';
import { noDeductible, visitDeductible, yearDeductible } from './deductible';

describe('deductible per calendar year (004, 《实施细则》第四条)', () => {
  it('worked example: 200 元; a 150 元 visit uses 150, a 300 元 visit uses the last 50', () => {
    const first = yearDeductible(15_000, 20_000, 0);
    expect(first).toEqual({
      appliedFen: 15_000,
      afterFen: 0,
      messageKey: RULES_STEP.deductibleYear,
      remainingBeforeFen: 20_000,
      remainingAfterFen: 5_000,
    });
    const second = yearDeductible(30_000, 20_000, first.appliedFen);
    expect(second).toMatchObject({ appliedFen: 5_000, afterFen: 25_000, remainingAfterFen: 0 });
  });

  it('says the deductible is met once the year has used it up', () => {
    expect(yearDeductible(10_000, 20_000, 20_000)).toMatchObject({
      appliedFen: 0,
      afterFen: 10_000,
      messageKey: RULES_STEP.deductibleYearMet,
    });
  });

  it('never goes below zero when a lower deductible comes into force mid-year', () => {
    expect(yearDeductible(10_000, 10_000, 15_000)).toMatchObject({
      appliedFen: 0,
      remainingBeforeFen: 0,
    });
  });
});

describe('deductible per visit, counted with the prescriber (003)', () => {
  it('worked example: 100 元 pays on 70; met at the prescriber, on 100; 20 元 pays on nothing', () => {
    expect(visitDeductible(10_000, 3_000, false)).toMatchObject({
      appliedFen: 3_000,
      afterFen: 7_000,
      messageKey: RULES_STEP.deductibleVisit,
    });
    expect(visitDeductible(10_000, 3_000, true)).toMatchObject({
      appliedFen: 0,
      afterFen: 10_000,
      messageKey: RULES_STEP.deductibleMetAtPrescriber,
    });
    expect(visitDeductible(2_000, 3_000, false)).toMatchObject({ appliedFen: 2_000, afterFen: 0 });
  });
});

describe('no deductible (002)', () => {
  it('worked example: the 10,050 元 group price is shared by ratio in full', () => {
    expect(noDeductible(1_005_000)).toEqual({
      appliedFen: 0,
      afterFen: 1_005_000,
      messageKey: RULES_STEP.noDeductible,
      remainingBeforeFen: null,
      remainingAfterFen: null,
    });
  });
});
