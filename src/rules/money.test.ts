import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  down,
  formatBpAsPercent,
  halfEven,
  halfUp,
  formatFenAsYuan,
  isFen,
  MAX_INPUT_FEN,
  mulRatioFloor,
  mulRatioHalfUp,
  normaliseAmountText,
  parseYuanToFen,
  RULES_ERROR,
  up,
  yuanToFen,
} from './index';

describe('named rounding modes (dinero.js: down, up, halfUp, halfEven)', () => {
  it('worked examples: 2.5, −2.5, 2.4 and 2.6 in tenths', () => {
    const cases = [25, -25, 24, 26, -26, 15, -15, 0, 30];
    expect(cases.map((n) => down(n, 10))).toEqual([2, -3, 2, 2, -3, 1, -2, 0, 3]);
    expect(cases.map((n) => up(n, 10))).toEqual([3, -2, 3, 3, -2, 2, -1, 0, 3]);
    expect(cases.map((n) => halfUp(n, 10))).toEqual([3, -2, 2, 3, -3, 2, -1, 0, 3]);
    expect(cases.map((n) => halfEven(n, 10))).toEqual([2, -2, 2, 3, -3, 2, -2, 0, 3]);
  });

  it('match exact rational rounding for any safe dividend and positive divisor', () => {
    const floorDiv = (a: bigint, b: bigint) => (a % b < 0n ? a / b - 1n : a / b);
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 50), max: 2 ** 50 }),
        fc.integer({ min: 1, max: 100_000 }),
        (n, d) => {
          const a = BigInt(n);
          const b = BigInt(d);
          const floor = floorDiv(a, b);
          const twice = 2n * (a - floor * b); // 0 ≤ twice < 2b: twice the distance above floor
          const even = floor % 2n === 0n ? floor : floor + 1n;
          const nearest = twice < b ? floor : twice > b ? floor + 1n : undefined;
          return (
            down(n, d) === Number(floor) &&
            up(n, d) === Number(a % b === 0n ? floor : floor + 1n) &&
            halfUp(n, d) === Number(nearest ?? floor + 1n) &&
            halfEven(n, d) === Number(nearest ?? even)
          );
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('mulRatioHalfUp', () => {
  it('rounds half-up to the fen', () => {
    expect(mulRatioHalfUp(1, 5_000)).toBe(1); // 0.5 → 1
    expect(mulRatioHalfUp(3, 5_000)).toBe(2); // 1.5 → 2
    expect(mulRatioHalfUp(1, 4_999)).toBe(0); // 0.4999 → 0
    expect(mulRatioHalfUp(479_100, 5_000)).toBe(239_550);
    expect(mulRatioHalfUp(142_200, 6_000)).toBe(85_320);
    expect(mulRatioHalfUp(0, 7_000)).toBe(0);
    expect(mulRatioHalfUp(1_005_000, 7_000)).toBe(703_500);
  });

  it('ties go towards +∞ for negative amounts too', () => {
    expect(mulRatioHalfUp(-1, 5_000)).toBe(0); // −0.5 → 0
    expect(mulRatioHalfUp(-3, 5_000)).toBe(-1); // −1.5 → −1
    expect(mulRatioHalfUp(-1, 6_000)).toBe(-1); // −0.6 → −1
  });

  it('matches exact rational rounding for any amount and ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (fen, bp) => {
          const exact = BigInt(fen) * BigInt(bp);
          const expected = Number((exact + 5_000n) / 10_000n);
          return (
            mulRatioHalfUp(fen, bp) === expected &&
            mulRatioFloor(fen, bp) === Number(exact / 10_000n)
          );
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('matches exact rational rounding for negative amounts and ratios too', () => {
    // BigInt division truncates towards zero; half-up rounding is the floor of (x + ½).
    const floorDiv = (a: bigint, b: bigint) => (a % b < 0n ? a / b - 1n : a / b);
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.integer({ min: -10_000, max: 10_000 }),
        (fen, bp) =>
          mulRatioHalfUp(fen, bp) === Number(floorDiv(BigInt(fen) * BigInt(bp) + 5_000n, 10_000n)),
      ),
      { numRuns: 10_000 },
    );
  });

  it('refuses inputs it cannot compute exactly', () => {
    expect(() => mulRatioHalfUp(1.5, 5_000)).toThrow(RangeError);
    expect(() => mulRatioHalfUp(Number.MAX_SAFE_INTEGER, 10_000)).toThrow(RangeError);
  });
});

describe('fen helpers', () => {
  it('isFen accepts only safe non-negative integers', () => {
    expect([0, 1, 123_456].every(isFen)).toBe(true);
    expect([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', 2 ** 53].some(isFen)).toBe(false);
  });

  it('converts whole yuan to fen', () => {
    expect(yuanToFen(10_050)).toBe(1_005_000);
    expect(() => yuanToFen(1.5)).toThrow(RangeError);
  });

  it('formats fen as yuan text', () => {
    expect(formatFenAsYuan(0)).toBe('0.00');
    expect(formatFenAsYuan(5)).toBe('0.05');
    expect(formatFenAsYuan(123_456_789)).toBe('1,234,567.89');
    expect(formatFenAsYuan(123_456_789, { grouping: false })).toBe('1234567.89');
    expect(formatFenAsYuan(-1_050)).toBe('-10.50');
  });

  it('formats basis points as a percent', () => {
    expect(formatBpAsPercent(6_000)).toBe('60');
    expect(formatBpAsPercent(6_250)).toBe('62.5');
    expect(formatBpAsPercent(6_255)).toBe('62.55');
    expect(formatBpAsPercent(5)).toBe('0.05');
  });
});

describe('parseYuanToFen', () => {
  const ok = (text: string) => {
    const result = parseYuanToFen(text);
    if (!result.ok) throw new Error(`${text}: ${result.code}`);
    return result.fen;
  };
  const code = (text: unknown, options?: { maxFen?: number }) => {
    const result = parseYuanToFen(text, options);
    return result.ok ? 'ok' : result.code;
  };

  it('parses ordinary amounts', () => {
    expect(ok('12.34')).toBe(1_234);
    expect(ok('12')).toBe(1_200);
    expect(ok('12.3')).toBe(1_230);
    expect(ok('0.05')).toBe(5);
    expect(ok('  7 ')).toBe(700);
    expect(ok('007.10')).toBe(710);
    expect(ok('12.')).toBe(1_200);
    expect(ok('.5')).toBe(50);
    expect(ok('1,234.56')).toBe(123_456);
    expect(ok('¥ 8.8')).toBe(880);
    expect(ok('30元')).toBe(3_000);
  });

  it('accepts full-width digits and punctuation', () => {
    expect(ok('１２．３４')).toBe(1_234);
    expect(ok('１２。３')).toBe(1_230);
    expect(ok('￥１，０００')).toBe(100_000);
    expect(ok('\u3000５\u3000')).toBe(500);
    expect(normaliseAmountText('１２．３４')).toBe('12.34');
  });

  it('rejects more than two decimals', () => {
    expect(code('12.345')).toBe(RULES_ERROR.amountTooManyDecimals);
    expect(code('12.340')).toBe(RULES_ERROR.amountTooManyDecimals);
    expect(code('１．２３４')).toBe(RULES_ERROR.amountTooManyDecimals);
    expect(parseYuanToFen('1.234')).toEqual({
      ok: false,
      code: RULES_ERROR.amountTooManyDecimals,
      params: { maxDecimals: 2 },
    });
  });

  it('rejects letters and other junk', () => {
    for (const text of [
      '12a',
      'abc',
      '1e5',
      '0x10',
      '12.3.4',
      '1,23',
      '1,2345',
      '.',
      '+5',
      '--5',
      'NaN',
      'Infinity',
      '１２ａ',
    ]) {
      expect(code(text), text).toBe(RULES_ERROR.amountNotANumber);
    }
    expect(code(12)).toBe(RULES_ERROR.amountNotANumber);
  });

  it('rejects negative amounts', () => {
    expect(code('-5')).toBe(RULES_ERROR.negativeFen);
    expect(code('－５')).toBe(RULES_ERROR.negativeFen);
    expect(code('−0.5')).toBe(RULES_ERROR.negativeFen);
  });

  it('rejects empty input', () => {
    expect(code('')).toBe(RULES_ERROR.amountEmpty);
    expect(code('   ')).toBe(RULES_ERROR.amountEmpty);
    expect(code('¥')).toBe(RULES_ERROR.amountEmpty);
  });

  it('rejects amounts above 10,000,000 元 by default, or above a given maximum', () => {
    expect(ok('10000000')).toBe(MAX_INPUT_FEN);
    expect(ok('10,000,000.00')).toBe(MAX_INPUT_FEN);
    expect(parseYuanToFen('10000000.01')).toEqual({
      ok: false,
      code: RULES_ERROR.amountTooLarge,
      params: { maxFen: MAX_INPUT_FEN },
    });
    expect(code('99999999999999999999')).toBe(RULES_ERROR.amountTooLarge);
    expect(code('100.01', { maxFen: 10_000 })).toBe(RULES_ERROR.amountTooLarge);
    expect(code('100', { maxFen: 10_000 })).toBe('ok');
  });

  it('round-trips every formatted amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_INPUT_FEN }), fc.boolean(), (fen, grouping) => {
        const result = parseYuanToFen(formatFenAsYuan(fen, { grouping }));
        return result.ok && result.fen === fen;
      }),
      { numRuns: 2_000 },
    );
  });
});
