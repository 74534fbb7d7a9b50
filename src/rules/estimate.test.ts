import { describe, expect, it } from 'vitest';
import {
  estimate,
  estimateWithoutTrace,
  MAX_CLAIMS,
  pathToField,
  RulesInputError,
  RULES_ERROR,
  RULES_STEP,
  type Claim,
  type EstimateInput,
  type EstimateResult,
  type Member,
} from './index';

const CQ = 'cq-employee-outpatient-2024';
const SX = 'sx-pharmacy-2023';
const FZ = 'fz-drg-2021';

const employed: Member = { status: 'employed', enrolment: 'unit' };
const retired: Member = { status: 'retired', enrolment: 'unit' };

function claim(over: Partial<Claim> & Pick<Claim, 'id'>): Claim {
  return {
    date: '2024-03-01',
    kind: 'outpatient',
    institutionLevel: 2,
    policyRangeFen: 10_000,
    ...over,
  };
}

function only(result: EstimateResult) {
  const [first] = result.claims;
  if (first === undefined || result.claims.length !== 1)
    throw new Error('expected exactly one claim');
  return first;
}

const yuan = (y: number) => y * 100;

describe('the Chongqing worked examples (004, 问答十九), to within 1 元', () => {
  // The article rounds to the yuan; the engine rounds half-up to the fen per claim.
  const within = (actual: number, expectedYuan: number) =>
    expect(Math.abs(actual - yuan(expectedYuan))).toBeLessThanOrEqual(100);

  const cases: {
    name: string;
    member: Member;
    level: 1 | 2 | 3;
    cost: number;
    other?: number;
    credited: number;
    fund: number;
    account: number;
    cash: number;
    left: number;
  }[] = [
    {
      name: '1. retiree, 62, level 1–2',
      member: retired,
      level: 2,
      cost: 2_800,
      credited: 1_260,
      fund: 1_890,
      account: 910,
      cash: 0,
      left: 350,
    },
    {
      name: '2. employed, 32, level 3',
      member: employed,
      level: 3,
      cost: 3_000,
      credited: 2_000,
      fund: 1_400,
      account: 1_600,
      cash: 0,
      left: 400,
    },
    {
      name: '3. employed, 38, level 1–2, special disease',
      member: employed,
      level: 2,
      cost: 6_350,
      other: 4_728,
      credited: 989,
      fund: 5_581,
      account: 769,
      cash: 0,
      left: 220,
    },
    {
      name: '4. retiree, 76, level 3, cancer',
      member: retired,
      level: 3,
      cost: 40_000,
      other: 35_208,
      credited: 1_380,
      fund: 38_023,
      account: 1_380,
      cash: 597,
      left: 0,
    },
    // "Individual tier 2" is treated as employed: the article's figures only fit the employed
    // deductible (200) and level-3 ratio (50 %).
    {
      name: '5. individual tier 2, 36, level 3, dialysis',
      member: { status: 'employed', enrolment: 'individual-tier2' },
      level: 3,
      cost: 110_400,
      other: 105_409,
      credited: 1_068,
      fund: 107_805,
      account: 1_068,
      cash: 1_527,
      left: 0,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const result = estimate({
        policyId: CQ,
        member: c.member,
        personalAccountBalanceFen: yuan(c.credited),
        claims: [
          claim({
            id: 'year',
            date: '2024-06-30',
            institutionLevel: c.level,
            policyRangeFen: yuan(c.cost),
            ...(c.other === undefined ? {} : { paidByOtherSchemesFen: yuan(c.other) }),
          }),
        ],
      });
      within(result.totals.fundFen, c.fund);
      within(result.totals.accountFen, c.account);
      within(result.totals.cashFen, c.cash);
      within(result.personalAccountBalanceAfterFen, c.left);
      const r = only(result);
      expect(r.fundFen + r.accountFen + r.cashFen).toBe(r.policyRangeFen);
    });
  }

  it('example 1 spread over four visits gives the same year', () => {
    const result = estimate({
      policyId: CQ,
      member: retired,
      personalAccountBalanceFen: yuan(1_260),
      claims: ['2024-02-01', '2024-05-01', '2024-08-01', '2024-11-01'].map((date, i) =>
        claim({ id: `v${i}`, date, policyRangeFen: yuan(700) }),
      ),
    });
    expect(result.totals).toMatchObject({
      fundFen: yuan(1_890),
      accountFen: yuan(910),
      cashFen: 0,
    });
    expect(result.personalAccountBalanceAfterFen).toBe(yuan(350));
    // The 100 元 deductible is met by the first visit and the rest of the year pays from the first yuan.
    expect(
      result.claims.map((c) => c.trace.find((s) => s.rule.id === 'cq.deductible')?.messageKey),
    ).toEqual([
      RULES_STEP.deductibleYear,
      RULES_STEP.deductibleYearMet,
      RULES_STEP.deductibleYearMet,
      RULES_STEP.deductibleYearMet,
    ]);
  });
});

describe('the Fuzhou DRG example (002)', () => {
  it('10,050 元 splits into fund 7,035 and self 3,015, to the fen', () => {
    const result = estimate({
      policyId: FZ,
      member: employed,
      personalAccountBalanceFen: 0,
      claims: [
        claim({
          id: 'appendectomy',
          date: '2021-08-02',
          kind: 'inpatient',
          institutionLevel: 3,
          policyRangeFen: yuan(10_050),
        }),
      ],
    });
    const r = only(result);
    expect(r).toMatchObject({
      poolFen: yuan(7_035),
      fundFen: yuan(7_035),
      accountFen: 0,
      cashFen: yuan(3_015),
    });
    expect(r.trace.map((s) => s.messageKey)).toEqual([
      RULES_STEP.noDeductible,
      RULES_STEP.ratioFlat,
      RULES_STEP.noCapStated,
      RULES_STEP.account,
      RULES_STEP.cash,
    ]);
    expect(result.years).toEqual([
      { year: 2021, deductibleUsedFen: 0, poolPaidFen: yuan(7_035), capFen: null },
    ]);
  });
});

describe('Chongqing rules', () => {
  it('clamps to the annual cap across several claims', () => {
    // Employed, individual tier 1: cap 800 元.
    const result = estimate({
      policyId: CQ,
      member: { status: 'employed', enrolment: 'individual-tier1' },
      personalAccountBalanceFen: 0,
      claims: [
        claim({ id: 'a', date: '2024-01-10', policyRangeFen: yuan(1_000) }),
        claim({ id: 'b', date: '2024-02-10', policyRangeFen: yuan(1_000) }),
        claim({ id: 'c', date: '2024-03-10', policyRangeFen: yuan(500) }),
      ],
    });
    expect(result.claims.map((c) => c.poolFen)).toEqual([yuan(480), yuan(320), 0]);
    const capSteps = result.claims.map((c) => c.trace.find((s) => s.rule.id === 'cq.cap'));
    expect(capSteps.map((s) => s?.messageKey)).toEqual([
      RULES_STEP.capWithin,
      RULES_STEP.capClamped,
      RULES_STEP.capExhausted,
    ]);
    expect(capSteps[1]).toMatchObject({
      beforeFen: yuan(600),
      afterFen: yuan(320),
      remainingBeforeFen: yuan(320),
      remainingAfterFen: 0,
      params: { capFen: yuan(800) },
      rule: { source: { doc: '004' } },
    });
    expect(result.years).toEqual([
      { year: 2024, deductibleUsedFen: yuan(200), poolPaidFen: yuan(800), capFen: yuan(800) },
    ]);
    expect(result.totals.cashFen).toBe(yuan(2_500 - 800));
  });

  it('resets the deductible and the cap on 1 January', () => {
    const result = estimate({
      policyId: CQ,
      member: { status: 'employed', enrolment: 'individual-tier1' },
      personalAccountBalanceFen: 0,
      claims: [
        // Given out of order on purpose: processing is by date.
        claim({ id: 'jan', date: '2025-01-05', institutionLevel: 1, policyRangeFen: yuan(2_000) }),
        claim({ id: 'dec', date: '2024-12-20', institutionLevel: 1, policyRangeFen: yuan(2_000) }),
      ],
    });
    expect(result.claims.map((c) => [c.id, c.inputIndex, c.poolFen])).toEqual([
      ['dec', 1, yuan(800)],
      ['jan', 0, yuan(800)],
    ]);
    expect(result.years).toEqual([
      { year: 2024, deductibleUsedFen: yuan(200), poolPaidFen: yuan(800), capFen: yuan(800) },
      { year: 2025, deductibleUsedFen: yuan(200), poolPaidFen: yuan(800), capFen: yuan(800) },
    ]);
  });

  it('pays pharmacy purchases at the prescribing institution’s level', () => {
    const result = estimate({
      policyId: CQ,
      member: employed,
      personalAccountBalanceFen: 0,
      claims: [
        claim({ id: 'deductible', date: '2024-01-02', policyRangeFen: yuan(200) }),
        claim({
          id: 'level3',
          date: '2024-02-01',
          kind: 'pharmacy',
          institutionLevel: 3,
          policyRangeFen: yuan(100),
        }),
        claim({
          id: 'level1',
          date: '2024-03-01',
          kind: 'pharmacy',
          institutionLevel: 1,
          policyRangeFen: yuan(100),
        }),
      ],
    });
    expect(result.claims.map((c) => c.poolFen)).toEqual([0, yuan(50), yuan(60)]);
    const step = result.claims[1]?.trace.find(
      (s) => s.messageKey === RULES_STEP.ratioPrescriberLevel,
    );
    expect(step).toMatchObject({
      rule: {
        id: 'cq.ratio.prescriber-level',
        source: { doc: '004', clause: expect.stringContaining('第十二条') as unknown },
      },
      params: { ratioBp: 5_000, level: 3 },
    });
  });

  it('lets other schemes pay first and keeps their payments out of the cap', () => {
    const result = estimate({
      policyId: CQ,
      member: { status: 'employed', enrolment: 'individual-tier1' },
      personalAccountBalanceFen: 0,
      claims: [
        claim({ id: 'x', policyRangeFen: yuan(10_000), paidByOtherSchemesFen: yuan(9_000) }),
      ],
    });
    const r = only(result);
    expect(r).toMatchObject({
      otherSchemesFen: yuan(9_000),
      poolFen: yuan(480),
      fundFen: yuan(9_480),
    });
    expect(result.years[0]?.poolPaidFen).toBe(yuan(480));
    expect(r.trace[0]).toMatchObject({
      rule: { id: 'cq.other-schemes' },
      messageKey: RULES_STEP.otherSchemes,
      beforeFen: yuan(10_000),
      afterFen: yuan(1_000),
    });
  });

  it('uses the account until it runs out mid-year, then cash', () => {
    const result = estimate({
      policyId: CQ,
      member: retired,
      personalAccountBalanceFen: yuan(500),
      claims: ['2024-01-15', '2024-04-15', '2024-07-15', '2024-10-15'].map((date, i) =>
        claim({ id: `q${i}`, date, institutionLevel: 1, policyRangeFen: yuan(1_000) }),
      ),
    });
    // Retiree, level 1: 70 % after a 100 元 deductible. Shares: 370, 300, 300, 300.
    expect(result.claims.map((c) => [c.accountFen, c.cashFen])).toEqual([
      [yuan(370), 0],
      [yuan(130), yuan(170)],
      [0, yuan(300)],
      [0, yuan(300)],
    ]);
    expect(result.personalAccountBalanceAfterFen).toBe(0);
    expect(result.claims[1]?.trace.find((s) => s.messageKey === RULES_STEP.account)).toMatchObject({
      beforeFen: yuan(300),
      afterFen: yuan(170),
      remainingBeforeFen: yuan(130),
      remainingAfterFen: 0,
    });
  });

  it('applies dated account credits before the claims of that date', () => {
    const result = estimate({
      policyId: CQ,
      member: retired,
      personalAccountBalanceFen: 0,
      claims: [
        claim({ id: 'a', date: '2024-02-01', institutionLevel: 1, policyRangeFen: yuan(1_000) }),
      ],
      accountCredits: [
        { date: '2024-03-01', amountFen: yuan(105) },
        { date: '2024-02-01', amountFen: yuan(105) },
        { date: '2024-01-01', amountFen: yuan(105) },
      ],
    });
    expect(only(result).accountFen).toBe(yuan(210));
    expect(result.totals.creditedFen).toBe(yuan(315));
    expect(result.personalAccountBalanceAfterFen).toBe(yuan(105));
  });

  it('rounds the pool payment half-up to the fen, per claim', () => {
    const result = estimate({
      policyId: CQ,
      member: employed,
      personalAccountBalanceFen: 0,
      claims: [
        claim({ id: 'd', date: '2024-01-01', policyRangeFen: yuan(200) }),
        // 1 fen × 50 % = 0.5 fen → 1 fen; 3 fen × 50 % = 1.5 → 2.
        claim({ id: 'a', date: '2024-01-02', institutionLevel: 3, policyRangeFen: 1 }),
        claim({ id: 'b', date: '2024-01-03', institutionLevel: 3, policyRangeFen: 3 }),
        // 1 fen × 60 % = 0.6 → 1; 2 fen × 60 % = 1.2 → 1.
        claim({ id: 'c', date: '2024-01-04', institutionLevel: 1, policyRangeFen: 1 }),
        claim({ id: 'e', date: '2024-01-05', institutionLevel: 1, policyRangeFen: 2 }),
      ],
    });
    expect(result.claims.map((c) => c.poolFen)).toEqual([0, 1, 2, 1, 1]);
  });

  it('keeps equal dates in input order and returns claims in processing order', () => {
    const result = estimate({
      policyId: CQ,
      member: employed,
      personalAccountBalanceFen: 0,
      claims: [
        claim({ id: 'late', date: '2024-05-01' }),
        claim({ id: 'same-1', date: '2024-02-01' }),
        claim({ id: 'same-2', date: '2024-02-01' }),
        claim({ id: 'early', date: '2024-01-01' }),
      ],
    });
    expect(result.claims.map((c) => c.id)).toEqual(['early', 'same-1', 'same-2', 'late']);
    expect(result.claims.map((c) => c.inputIndex)).toEqual([3, 1, 2, 0]);
  });

  it('gives every trace step a source, a message key and plain params', () => {
    const result = estimate({
      policyId: CQ,
      member: employed,
      personalAccountBalanceFen: yuan(100),
      claims: [claim({ id: 'a', policyRangeFen: yuan(1_000), paidByOtherSchemesFen: yuan(100) })],
    });
    const trace = only(result).trace;
    expect(trace.map((s) => s.rule.id)).toEqual([
      'cq.other-schemes',
      'cq.deductible',
      'cq.ratio',
      'cq.cap',
      'cq.account',
      'cq.cash',
    ]);
    for (const s of trace) {
      expect(s.rule.source.doc).toBe('004');
      expect(s.rule.source.clause.length).toBeGreaterThan(0);
      expect(s.messageKey.startsWith('rules.step.')).toBe(true);
      for (const v of Object.values(s.params)) expect(['number', 'string']).toContain(typeof v);
    }
    // Each step's amount after is the next step's amount before, down to the cash step's 0.
    const chain = trace.filter((s) => s.rule.id !== 'cq.account' && s.rule.id !== 'cq.cash');
    for (let i = 1; i < chain.length; i++) expect(chain[i]?.beforeFen).toBe(chain[i - 1]?.afterFen);
    expect(trace.at(-1)?.afterFen).toBe(0);
  });

  it('returns the same numbers with and without the trace', () => {
    const input: EstimateInput = {
      policyId: CQ,
      member: retired,
      personalAccountBalanceFen: yuan(300),
      claims: [
        claim({ id: 'a', date: '2024-03-01', policyRangeFen: yuan(900) }),
        claim({
          id: 'b',
          date: '2024-01-01',
          kind: 'pharmacy',
          institutionLevel: 3,
          policyRangeFen: yuan(450),
        }),
      ],
    };
    const withTrace = estimate(input);
    const without = estimateWithoutTrace(input);
    expect(without.claims.map((c) => c.trace)).toEqual([[], []]);
    expect({ ...without, claims: without.claims.map((c) => ({ ...c, trace: [] })) }).toEqual({
      ...withTrace,
      claims: withTrace.claims.map((c) => ({ ...c, trace: [] })),
    });
  });

  it('returns an empty result for no claims', () => {
    expect(
      estimate({ policyId: CQ, member: employed, personalAccountBalanceFen: 123, claims: [] }),
    ).toEqual({
      policyId: CQ,
      claims: [],
      totals: {
        policyRangeFen: 0,
        otherSchemesFen: 0,
        poolFen: 0,
        fundFen: 0,
        accountFen: 0,
        cashFen: 0,
        creditedFen: 0,
      },
      years: [],
      personalAccountBalanceAfterFen: 123,
    });
  });
});

describe('Shanxi pharmacy rules (003)', () => {
  const pharmacy = (over: Partial<Claim> & Pick<Claim, 'id'>) =>
    claim({ date: '2023-06-01', kind: 'pharmacy', policyRangeFen: yuan(100), ...over });

  it('charges 30 元 per visit unless the prescriber already charged it', () => {
    const result = estimate({
      policyId: SX,
      member: employed,
      personalAccountBalanceFen: 0,
      claims: [
        pharmacy({ id: 'first' }),
        pharmacy({ id: 'second' }),
        pharmacy({ id: 'met', deductibleMetAtPrescriber: true }),
        pharmacy({ id: 'not-met', deductibleMetAtPrescriber: false }),
      ],
    });
    // (100 − 30) × 60 % = 42; with the deductible met: 100 × 60 % = 60.
    expect(result.claims.map((c) => c.poolFen)).toEqual([yuan(42), yuan(42), yuan(60), yuan(42)]);
    expect(result.claims.map((c) => c.trace[0]?.messageKey)).toEqual([
      RULES_STEP.deductibleVisit,
      RULES_STEP.deductibleVisit,
      RULES_STEP.deductibleMetAtPrescriber,
      RULES_STEP.deductibleVisit,
    ]);
    expect(result.claims[2]?.trace[0]).toMatchObject({
      rule: { id: 'sx.deductible.combined-with-prescriber', source: { doc: '003' } },
    });
    expect(result.years).toEqual([
      { year: 2023, deductibleUsedFen: yuan(90), poolPaidFen: yuan(186), capFen: null },
    ]);
  });

  it('pays 65 % for retirees, whatever the prescriber’s level', () => {
    const result = estimate({
      policyId: SX,
      member: retired,
      personalAccountBalanceFen: 0,
      claims: [
        pharmacy({ id: 'l1', institutionLevel: 1 }),
        pharmacy({ id: 'l3', institutionLevel: 3 }),
      ],
    });
    expect(result.claims.map((c) => c.poolFen)).toEqual([yuan(45.5), yuan(45.5)]);
  });

  it('takes the deductible only up to the cost', () => {
    const r = only(
      estimate({
        policyId: SX,
        member: employed,
        personalAccountBalanceFen: 0,
        claims: [pharmacy({ id: 's', policyRangeFen: yuan(20) })],
      }),
    );
    expect(r).toMatchObject({ poolFen: 0, cashFen: yuan(20) });
    expect(r.trace[0]).toMatchObject({ beforeFen: yuan(20), afterFen: 0 });
  });
});

function catchError(fn: () => unknown): RulesInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RulesInputError);
    return error as RulesInputError;
  }
  throw new Error('expected a RulesInputError, but it returned');
}

describe('invalid input throws RulesInputError naming the field and an i18n code', () => {
  const base = (claims: unknown[], over: Partial<Record<keyof EstimateInput, unknown>> = {}) =>
    ({
      policyId: CQ,
      member: employed,
      personalAccountBalanceFen: 0,
      claims,
      ...over,
    }) as EstimateInput;
  const ok = claim({ id: 'ok' });

  const cases: { name: string; input: EstimateInput; field: string; code: string }[] = [
    {
      name: 'unknown policy',
      input: base([ok], { policyId: 'nope' }),
      field: 'policyId',
      code: RULES_ERROR.unknownPolicy,
    },
    {
      name: 'negative fen',
      input: base([claim({ id: 'a', policyRangeFen: -1 })]),
      field: 'claims[0].policyRangeFen',
      code: RULES_ERROR.negativeFen,
    },
    {
      name: 'fractional fen',
      input: base([ok, claim({ id: 'a', policyRangeFen: 10.5 })]),
      field: 'claims[1].policyRangeFen',
      code: RULES_ERROR.fractionalFen,
    },
    {
      name: 'NaN',
      input: base([claim({ id: 'a', policyRangeFen: Number.NaN })]),
      field: 'claims[0].policyRangeFen',
      code: RULES_ERROR.notFinite,
    },
    {
      name: 'Infinity',
      input: base([claim({ id: 'a', paidByOtherSchemesFen: Number.POSITIVE_INFINITY })]),
      field: 'claims[0].paidByOtherSchemesFen',
      code: RULES_ERROR.notFinite,
    },
    {
      name: 'amount too large',
      input: base([claim({ id: 'a', policyRangeFen: 1e13 })]),
      field: 'claims[0].policyRangeFen',
      code: RULES_ERROR.amountTooLarge,
    },
    {
      name: 'amount not a number',
      input: base([{ ...ok, policyRangeFen: '100' }]),
      field: 'claims[0].policyRangeFen',
      code: RULES_ERROR.invalidType,
    },
    {
      name: 'other schemes paying more than the cost',
      input: base([claim({ id: 'a', policyRangeFen: 100, paidByOtherSchemesFen: 101 })]),
      field: 'claims[0].paidByOtherSchemesFen',
      code: RULES_ERROR.otherSchemesExceedCost,
    },
    {
      name: 'impossible date',
      input: base([claim({ id: 'a', date: '2023-02-29' })], { policyId: SX }),
      field: 'claims[0].date',
      code: RULES_ERROR.invalidDate,
    },
    {
      name: 'malformed date',
      input: base([claim({ id: 'a', date: '2024-3-01' })]),
      field: 'claims[0].date',
      code: RULES_ERROR.invalidDate,
    },
    {
      name: 'level above 3',
      input: base([{ ...ok, institutionLevel: 4 }]),
      field: 'claims[0].institutionLevel',
      code: RULES_ERROR.invalidLevel,
    },
    {
      name: 'level 0',
      input: base([{ ...ok, institutionLevel: 0 }]),
      field: 'claims[0].institutionLevel',
      code: RULES_ERROR.invalidLevel,
    },
    {
      name: 'negative balance',
      input: base([ok], { personalAccountBalanceFen: -100 }),
      field: 'personalAccountBalanceFen',
      code: RULES_ERROR.negativeFen,
    },
    {
      name: 'claim before the policy starts',
      input: base([claim({ id: 'a', date: '2023-12-31' })]),
      field: 'claims[0].date',
      code: RULES_ERROR.dateBeforePolicy,
    },
    {
      name: 'duplicate claim ids',
      input: base([ok, claim({ id: 'x' }), claim({ id: 'ok', date: '2024-04-01' })]),
      field: 'claims[2].id',
      code: RULES_ERROR.duplicateClaimId,
    },
    {
      name: 'empty claim id',
      input: base([claim({ id: '' })]),
      field: 'claims[0].id',
      code: RULES_ERROR.invalidId,
    },
    {
      name: 'unknown status',
      input: base([ok], { member: { status: 'student', enrolment: 'unit' } }),
      field: 'member.status',
      code: RULES_ERROR.unknownStatus,
    },
    {
      name: 'unknown enrolment',
      input: base([ok], { member: { status: 'retired', enrolment: 'tier3' } }),
      field: 'member.enrolment',
      code: RULES_ERROR.unknownEnrolment,
    },
    {
      name: 'unknown kind',
      input: base([{ ...ok, kind: 'dental' }]),
      field: 'claims[0].kind',
      code: RULES_ERROR.unknownKind,
    },
    {
      name: 'inpatient under the Chongqing outpatient policy',
      input: base([claim({ id: 'a', kind: 'inpatient' })]),
      field: 'claims[0].kind',
      code: RULES_ERROR.kindNotCovered,
    },
    {
      name: 'outpatient under the Shanxi pharmacy policy',
      input: base([claim({ id: 'a', date: '2023-03-01' })], { policyId: SX }),
      field: 'claims[0].kind',
      code: RULES_ERROR.kindNotCovered,
    },
    {
      name: 'pharmacy under the Fuzhou DRG policy',
      input: base([claim({ id: 'a', kind: 'pharmacy' })], { policyId: FZ }),
      field: 'claims[0].kind',
      code: RULES_ERROR.kindNotCovered,
    },
    {
      name: 'deductibleMetAtPrescriber not a boolean',
      input: base([{ ...ok, deductibleMetAtPrescriber: 'yes' }]),
      field: 'claims[0].deductibleMetAtPrescriber',
      code: RULES_ERROR.invalidType,
    },
    {
      name: 'claims not an array',
      input: base([], { claims: 'none' }),
      field: 'claims',
      code: RULES_ERROR.invalidType,
    },
    {
      name: 'a claim that is not an object',
      input: base([ok, null]),
      field: 'claims[1]',
      code: RULES_ERROR.invalidType,
    },
    {
      name: 'too many claims',
      input: base(new Array<unknown>(MAX_CLAIMS + 1)),
      field: 'claims',
      code: RULES_ERROR.tooManyClaims,
    },
    {
      name: 'credit with a bad date',
      input: base([ok], { accountCredits: [{ date: '2024-13-01', amountFen: 1 }] }),
      field: 'accountCredits[0].date',
      code: RULES_ERROR.invalidDate,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const error = catchError(() => estimate(c.input));
      expect(error.field).toBe(c.field);
      expect(error.code).toBe(c.code);
      expect(error.name).toBe('RulesInputError');
      expect(error.message).toContain(c.field);
      // The path is structured; `field` is the same path as text.
      expect(pathToField(error.path)).toBe(c.field);
    });
  }

  it('carries a structured path, not only text', () => {
    const error = catchError(() =>
      estimate(base([ok, claim({ id: 'b' }), claim({ id: 'c', policyRangeFen: 0.5 })])),
    );
    expect(error.path).toEqual(['claims', 2, 'policyRangeFen']);
    expect(Object.isFrozen(error.path)).toBe(true);
    expect(catchError(() => estimate(base([ok], { member: { status: 'x' } }))).path).toEqual([
      'member',
      'status',
    ]);
    expect(catchError(() => estimate(null as unknown as EstimateInput)).path).toEqual([]);
  });

  it('says which policy period the date missed', () => {
    const error = catchError(() =>
      estimate(base([claim({ id: 'a', date: '2021-07-19', kind: 'inpatient' })], { policyId: FZ })),
    );
    expect(error).toMatchObject({
      field: 'claims[0].date',
      code: RULES_ERROR.dateBeforePolicy,
      params: { date: '2021-07-19', effectiveFrom: '2021-07-20' },
    });
  });

  it('names the amounts when other schemes pay more than the cost', () => {
    const error = catchError(() =>
      estimate(base([claim({ id: 'a', policyRangeFen: 100, paidByOtherSchemesFen: 101 })])),
    );
    expect(error.params).toEqual({ paidFen: 101, costFen: 100 });
  });
});
