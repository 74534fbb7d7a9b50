import { describe, expect, it } from 'vitest';
import { RULES_ERROR } from '@/rules';
import type { ClaimDraft, MemberDraft, ProjectionDraft } from '../stores/estimate-draft-store';
import {
  ageOn,
  claimFieldOf,
  computeEstimate,
  computeProjection,
  memberFromDefaults,
  parseBalance,
  parseClaim,
  pendingClaimIds,
  projectionNeeds,
  todayIso,
} from './use-estimate';

const CQ = 'cq-employee-outpatient-2024';
const SX = 'sx-pharmacy-2023';

const retiree: MemberDraft = {
  policyId: CQ,
  status: 'retired',
  enrolment: 'unit',
  balanceText: '',
  ageText: '62',
  baseText: '',
};

function claim(id: string, patch: Partial<ClaimDraft> = {}): ClaimDraft {
  return {
    id,
    date: '2024-03-05',
    kind: 'outpatient',
    level: 1,
    amountText: '100',
    otherText: '',
    deductibleMetAtPrescriber: false,
    touched: true,
    ...patch,
  };
}

// Chongqing, retired, unit-insured: deductible 100 元 a year, 70 % at level 1–2, 60 % at level 3.
const threeClaims = [
  claim('a', { date: '2024-03-05', kind: 'outpatient', level: 1, amountText: '300' }),
  claim('b', { date: '2024-04-10', kind: 'pharmacy', level: 3, amountText: '500' }),
  claim('c', {
    date: '2024-05-20',
    kind: 'outpatient',
    level: 2,
    amountText: '1000',
    otherText: '400',
  }),
];

describe('defaults', () => {
  it('turns the profile’s plain values into editable text', () => {
    expect(
      memberFromDefaults(
        {
          policyId: CQ,
          status: 'retired',
          enrolment: 'unit',
          personalAccountBalanceFen: 386_050,
          birthDate: '1954-03-15',
          contributionBaseFen: null,
        },
        '2026-11-22',
      ),
    ).toEqual({ ...retiree, balanceText: '3860.50', ageText: '72' });
  });

  it('falls back to the first policy and empty fields when signed out or the policy is unknown', () => {
    const member = memberFromDefaults({ policyId: 'xx-unknown' }, '2026-11-22');
    expect(member).toMatchObject({
      policyId: CQ,
      status: 'employed',
      enrolment: 'unit',
      balanceText: '',
    });
  });

  it('counts age in whole years, a birthday today included', () => {
    expect(ageOn('1954-03-15', '2024-03-14')).toBe(69);
    expect(ageOn('1954-03-15', '2024-03-15')).toBe(70);
    expect(ageOn('not a date', '2024-03-15')).toBeNull();
  });

  it('formats today on the device as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2024, 0, 5))).toBe('2024-01-05');
  });
});

describe('parseClaim', () => {
  it.each([
    ['', RULES_ERROR.amountEmpty],
    ['-5', RULES_ERROR.negativeFen],
    ['12.345', RULES_ERROR.amountTooManyDecimals],
    ['12a', RULES_ERROR.amountNotANumber],
    ['10000000.01', RULES_ERROR.amountTooLarge],
  ])('rejects the amount %j with %s', (amountText, key) => {
    const { claim: parsed, errors } = parseClaim(claim('x', { amountText }));
    expect(parsed).toBeNull();
    expect(errors.amount?.key).toBe(key);
  });

  it('accepts full-width digits from a Chinese keyboard', () => {
    expect(parseClaim(claim('x', { amountText: '１２３．４５' })).claim?.policyRangeFen).toBe(
      12_345,
    );
  });

  it('accepts exactly 10,000,000 元', () => {
    expect(parseClaim(claim('x', { amountText: '10000000' })).claim?.policyRangeFen).toBe(
      1_000_000_000,
    );
  });

  it('rejects other schemes paying more than the cost, with both amounts in the message', () => {
    const { errors } = parseClaim(claim('x', { amountText: '100', otherText: '100.01' }));
    expect(errors.other).toEqual({
      key: RULES_ERROR.otherSchemesExceedCost,
      params: { paid: '100.01', cost: '100.00' },
    });
  });

  it('rejects a cleared date', () => {
    expect(parseClaim(claim('x', { date: '' })).errors.date?.key).toBe(RULES_ERROR.invalidDate);
  });
});

describe('claimFieldOf', () => {
  it('maps the engine’s field paths to the claim’s fields', () => {
    // Structured paths since docs/decisions/016 (they were 'claims[2].policyRangeFen' text).
    expect(claimFieldOf(['claims', 2, 'policyRangeFen'])).toEqual({ index: 2, field: 'amount' });
    expect(claimFieldOf(['claims', 0, 'paidByOtherSchemesFen'])).toEqual({
      index: 0,
      field: 'other',
    });
    expect(claimFieldOf(['claims', 1, 'date'])).toEqual({ index: 1, field: 'date' });
    expect(claimFieldOf(['claims', 1, 'id'])).toEqual({ index: 1, field: 'amount' });
    expect(claimFieldOf(['claims', 1])).toEqual({ index: 1, field: 'amount' });
    expect(claimFieldOf(['personalAccountBalanceFen'])).toBeNull();
  });
});

describe('computeEstimate', () => {
  it('splits three Chongqing claims as worked out by hand', () => {
    const { result, excludedIds } = computeEstimate(
      { ...retiree, balanceText: '250' },
      threeClaims,
    );
    expect(excludedIds).toEqual([]);
    // a: (300 − 100) × 70 % = 140; b: 500 × 60 % (prescriber level 3) = 300;
    // c: 400 by other schemes, 600 × 70 % = 420. The account (250) pays 160, then 90.
    expect(result?.claims.map((c) => [c.id, c.fundFen, c.accountFen, c.cashFen])).toEqual([
      ['a', 14_000, 16_000, 0],
      ['b', 30_000, 9_000, 11_000],
      ['c', 82_000, 0, 18_000],
    ]);
    expect(result?.totals).toMatchObject({
      policyRangeFen: 180_000,
      fundFen: 126_000,
      accountFen: 25_000,
      cashFen: 29_000,
    });
    expect(result?.years).toEqual([
      { year: 2024, deductibleUsedFen: 10_000, poolPaidFen: 86_000, capFen: 400_000 },
    ]);
  });

  it('reproduces the source’s worked example 1 (retiree, level 1–2, 2,800 元)', () => {
    const { result } = computeEstimate({ ...retiree, balanceText: '1260' }, [
      claim('a', { amountText: '2800' }),
    ]);
    expect(result?.totals).toMatchObject({ fundFen: 189_000, accountFen: 91_000, cashFen: 0 });
    expect(result?.personalAccountBalanceAfterFen).toBe(35_000);
  });

  it('leaves a bad claim out, names its field and still counts the others', () => {
    const drafts = [...threeClaims.slice(0, 2), claim('bad', { amountText: '1.234' })];
    const view = computeEstimate(retiree, drafts);
    expect(view.excludedIds).toEqual(['bad']);
    expect(view.claimErrors.bad?.amount?.key).toBe(RULES_ERROR.amountTooManyDecimals);
    expect(view.result?.claims.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('re-checks kept claims against a new policy: kind not covered, date before the start', () => {
    const drafts = [
      claim('visit', { kind: 'outpatient', date: '2024-03-05' }),
      claim('early', { kind: 'pharmacy', date: '2023-01-10' }),
      claim('ok', { kind: 'pharmacy', date: '2024-03-05', amountText: '130' }),
    ];
    const view = computeEstimate({ ...retiree, policyId: SX }, drafts);
    expect(view.claimErrors.visit?.kind?.key).toBe(RULES_ERROR.kindNotCovered);
    expect(view.claimErrors.early?.date).toEqual({
      key: RULES_ERROR.dateBeforePolicy,
      params: { date: '2023-01-10', effectiveFrom: '2023-02-20' },
    });
    expect(view.excludedIds).toEqual(['visit', 'early']);
    // Shanxi, retired: 30 元 per visit, then 65 %: (130 − 30) × 65 % = 65.
    expect(view.result?.totals.fundFen).toBe(6_500);
  });

  it('accepts planned visits in the future', () => {
    const view = computeEstimate(retiree, [claim('later', { date: '2030-06-01' })]);
    expect(view.excludedIds).toEqual([]);
  });

  it('shows no result but keeps the claims when the balance is wrong', () => {
    const view = computeEstimate({ ...retiree, balanceText: 'abc' }, threeClaims);
    expect(view.memberErrors.balance?.key).toBe(RULES_ERROR.amountNotANumber);
    expect(view.result).toBeNull();
    expect(view.excludedIds).toEqual([]);
  });

  it('has no result and no errors for no claims', () => {
    expect(computeEstimate(retiree, [])).toEqual({
      result: null,
      claimErrors: {},
      memberErrors: {},
      excludedIds: [],
      pendingIds: new Set(),
      order: [],
    });
  });
});

describe('pendingClaimIds', () => {
  it('is only the untouched rows whose sole problem is the empty amount', () => {
    const drafts = [
      claim('fresh', { amountText: '', touched: false }),
      claim('left', { amountText: '', touched: true }),
      claim('ok'),
    ];
    const { claimErrors, pendingIds } = computeEstimate(retiree, drafts);
    expect([...pendingClaimIds(drafts, claimErrors)]).toEqual(['fresh']);
    expect([...pendingIds]).toEqual(['fresh']);
  });
});

describe('computeProjection', () => {
  const draft: ProjectionDraft = { visitsText: '2', costText: '150', kind: 'outpatient', level: 1 };

  it('needs age for Chongqing retirees and a base for Chongqing employees only', () => {
    expect(projectionNeeds(retiree)).toEqual({ age: true, base: false });
    expect(projectionNeeds({ ...retiree, status: 'employed' })).toEqual({ age: false, base: true });
    expect(projectionNeeds({ ...retiree, enrolment: 'individual-tier1' })).toEqual({
      age: false,
      base: false,
    });
    expect(projectionNeeds({ ...retiree, policyId: SX })).toEqual({ age: false, base: false });
  });

  it('projects a Chongqing retiree’s year: 105 元 a month under 70', () => {
    const { result } = computeProjection(
      { ...retiree, balanceText: '0' },
      { ...draft, visitsText: '0' },
      2025,
    );
    expect(result?.monthlyCreditFen).toBe(10_500);
    expect(result?.balanceEndFen).toBe(126_000);
    expect(result?.cashFen).toBe(0);
  });

  it('works out this year’s cash from visits a month at a typical cost', () => {
    // 24 visits × 150 = 3,600; deductible 100, then 70 %: fund 2,450; share 1,150.
    const { result } = computeProjection({ ...retiree, ageText: '72' }, draft, 2025);
    expect(result?.fundFen).toBe(245_000);
    expect((result?.accountFen ?? 0) + (result?.cashFen ?? 0)).toBe(115_000);
    expect(result?.monthlyCreditFen).toBe(11_500);
  });

  it('asks for a contribution base for an employee in Chongqing', () => {
    const view = computeProjection({ ...retiree, status: 'employed', baseText: '' }, draft, 2025);
    expect(view.result).toBeNull();
    expect(view.memberErrors.base?.key).toBe(RULES_ERROR.amountEmpty);
  });

  it('explains bad visits and a kind the policy does not cover', () => {
    expect(
      computeProjection(retiree, { ...draft, visitsText: '40' }, 2025).errors.visits?.key,
    ).toBe(RULES_ERROR.invalidVisitsPerMonth);
    expect(computeProjection({ ...retiree, policyId: SX }, draft, 2025).errors.kind?.key).toBe(
      RULES_ERROR.kindNotCovered,
    );
  });

  it('says so when the year is outside the policy’s period, on the section rather than a field', () => {
    const view = computeProjection(
      { ...retiree, policyId: SX },
      { ...draft, kind: 'pharmacy' },
      2020,
    );
    expect(view.result).toBeNull();
    expect(view.errors.year?.key).toBe(RULES_ERROR.yearOutsidePolicy);
  });

  it('credits nothing where the policy states no credit rule', () => {
    const { result } = computeProjection(
      { ...retiree, policyId: SX },
      { ...draft, kind: 'pharmacy' },
      2025,
    );
    expect(result?.creditRule).toBeNull();
    expect(result?.monthlyCreditFen).toBe(0);
  });
});

describe('amounts as pasted (issue 22)', () => {
  it('reads an amount with a zero-width space or in Arabic-Indic digits as the amount', () => {
    expect(parseBalance('12\u200B3.50')).toEqual({ fen: 12_350 });
    expect(parseBalance('١٢٣')).toEqual({ fen: 12_300 });
  });
});
