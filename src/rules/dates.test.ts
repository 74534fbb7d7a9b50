import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  RULES_ERROR,
  yearOfIsoDate,
} from './index';
import { fromDayNumber, isoDayNumber, toDayNumber, yearOfDayNumber } from './dates';

describe('strict YYYY-MM-DD dates', () => {
  it('accepts real dates', () => {
    for (const d of [
      '2024-01-01',
      '2024-02-29',
      '2000-02-29',
      '2023-12-31',
      '0001-01-01',
      '9999-12-31',
    ]) {
      expect(isIsoDate(d), d).toBe(true);
    }
    expect(parseIsoDate('2024-02-29')).toEqual({
      ok: true,
      date: { year: 2024, month: 2, day: 29 },
      dayNumber: toDayNumber(2024, 2, 29),
    });
  });

  it('rejects impossible dates', () => {
    for (const d of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-01-32',
      '0000-01-01',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
    }
    expect(parseIsoDate('2023-02-29')).toEqual({ ok: false, code: RULES_ERROR.invalidDate });
  });

  it('rejects anything but the exact format', () => {
    for (const d of [
      '2024-1-01',
      '2024/01/01',
      '20240101',
      ' 2024-01-01',
      '2024-01-01T00:00',
      '２０２４-01-01',
      '',
      'yesterday',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
    }
    for (const v of [null, undefined, 20240101, new Date(0)]) expect(isIsoDate(v)).toBe(false);
  });

  it('knows leap years and month lengths', () => {
    expect([2024, 2000, 2400].every(isLeapYear)).toBe(true);
    expect([2023, 1900, 2100].some(isLeapYear)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(() => daysInMonth(2024, 13)).toThrow(RangeError);
  });

  it('compares, extracts years and does day arithmetic', () => {
    expect(compareIsoDates('2024-01-01', '2023-12-31')).toBe(1);
    expect(compareIsoDates('2023-12-31', '2024-01-01')).toBe(-1);
    expect(compareIsoDates('2024-05-05', '2024-05-05')).toBe(0);
    expect(() => compareIsoDates('2023-02-29', '2024-01-01')).toThrow(RangeError);
    expect(yearOfIsoDate('2021-07-20')).toBe(2021);
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(toDayNumber(1970, 1, 1)).toBe(0);
    expect(formatIsoDate({ year: 987, month: 3, day: 4 })).toBe('0987-03-04');
  });

  it('round-trips day numbers for every day of years 0001–9999', () => {
    const first = toDayNumber(1, 1, 1);
    const last = toDayNumber(9999, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last - 1 }), (n) => {
        const d = fromDayNumber(n);
        const text = formatIsoDate(d);
        return (
          isoDayNumber(text) === n &&
          yearOfDayNumber(n) === d.year &&
          compareIsoDates(text, addDays(text, 1)) === -1
        );
      }),
      { numRuns: 5_000 },
    );
  });
});
