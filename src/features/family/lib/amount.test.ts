import { describe, expect, it } from 'vitest';
import { fenToYuanText, parseYuan } from './amount';

describe('parseYuan', () => {
  it.each([
    ['500', 50_000],
    ['500.5', 50_050],
    ['0.29', 29],
    ['0.1', 10],
    ['1,234.56', 123_456],
    ['５００．２５', 50_025],
    [' 12 ', 1_200],
    ['.5', 50],
    ['3.', 300],
  ])('%s is %i fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['-5', 'negative'],
    ['－５', 'negative'],
    ['1.234', 'decimals'],
    ['12a', 'format'],
    ['abc', 'format'],
    ['1.2.3', 'format'],
    ['.', 'format'],
    ['1e3', 'format'],
  ])('%j is refused: %s', (text, error) => {
    expect(parseYuan(text)).toEqual({ ok: false, error });
  });

  it('calls an amount past the parser\'s ceiling too large, as the estimator does, not "not digits"', () => {
    // 9999999999 was called 'format' before: the same wrong reason for a shorter number.
    expect(parseYuan('9999999999')).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseYuan('12345678901234567890')).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseYuan('12345678901234567890.5')).toEqual({ ok: false, error: 'tooLarge' });
  });

  it.each([
    ['٥٠٠', 50_000],
    ['۵۰۰', 50_000],
    ['५००', 50_000],
    ['٥٠٠٫٢٥', 50_025],
    ['5\u200B00', 50_000],
    ['\uFEFF500\u200E', 50_000],
  ])('%j, digits of another script or with invisible characters, is %i fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it('names the digits it takes when the amount is in digits it cannot read', () => {
    // Thai and Bengali five hundred: digits, but not ones we map.
    expect(parseYuan('๕๐๐')).toEqual({ ok: false, error: 'foreignDigits' });
    expect(parseYuan('৫০০')).toEqual({ ok: false, error: 'foreignDigits' });
  });

  it('never goes through floating point', () => {
    for (let fen = 0; fen < 10_000; fen += 7) {
      const parsed = parseYuan(fenToYuanText(fen));
      if (fen === 0) expect(parsed.ok).toBe(false);
      else expect(parsed).toEqual({ ok: true, fen });
    }
  });
});
