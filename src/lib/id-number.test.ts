import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDateFromId,
  checksumChar,
  genderFromId,
  normaliseIdNumber,
  validateIdNumber,
} from './id-number';

const TODAY = '2026-11-22';

describe('checksumChar', () => {
  // The two worked examples printed in GB 11643-1999 itself.
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
  ])('%s → %s', (first17, expected) => {
    expect(checksumChar(first17)).toBe(expected);
  });

  it('rejects anything but 17 digits', () => {
    expect(() => checksumChar('1101051949123100')).toThrow(RangeError);
    expect(() => checksumChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('validateIdNumber', () => {
  it('accepts a valid number and reports its birth date and gender', () => {
    expect(validateIdNumber('11010519491231002X', { today: TODAY })).toEqual({
      valid: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
    });
  });

  it('normalises a lower-case x, spaces and full-width digits first', () => {
    expect(normaliseIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(validateIdNumber('１１0105194912310０2x', { today: TODAY })).toMatchObject({
      valid: true,
    });
  });

  it.each([
    ['', 'length'],
    ['11010519491231002', 'length'],
    // Old 15-digit cards were replaced; the app only takes the 18-character form.
    ['110105491231002', 'length'],
    ['11010519491231002XX', 'length'],
    ['1101051949123100AX', 'format'],
    ['X10105194912310020', 'format'],
    ['110105194902300020', 'birthDate'], // 30 February
    ['110105194913010020', 'birthDate'], // month 13
    // Issue 22: each birth-date problem is told apart (these were all 'birthDate').
    ['110105189912310020', 'birthTooEarly'], // before 1900
    ['110105189001010020', 'birthTooEarly'], // 1890, once called "later than today"
    ['110105202612010020', 'birthFuture'], // after "today"
    ['110105194912310021', 'checksum'],
  ])('%s → %s', (id, error) => {
    expect(validateIdNumber(id, { today: TODAY })).toEqual({ valid: false, error });
  });

  it('accepts 29 February only in leap years', () => {
    const leap = `11010520000229002`;
    const notLeap = `11010519000229002`;
    expect(validateIdNumber(leap + checksumChar(leap), { today: TODAY }).valid).toBe(true);
    expect(validateIdNumber(notLeap + checksumChar(notLeap), { today: TODAY })).toEqual({
      valid: false,
      error: 'birthDate',
    });
  });

  it('reads an ID pasted with a zero-width space or typed in Arabic-Indic digits', () => {
    expect(normaliseIdNumber('1101051949\u200B12310020')).toBe('110105194912310020');
    expect(normaliseIdNumber('\uFEFF١١٠١٠٥١٩٤٩١٢٣١٠٠٢x')).toBe('11010519491231002X');
  });

  it('accepts a person born today', () => {
    const first17 = '50010320261122001';
    expect(validateIdNumber(first17 + checksumChar(first17), { today: TODAY }).valid).toBe(true);
  });
});

describe('birthDateFromId and genderFromId', () => {
  it('read the encoded fields', () => {
    expect(birthDateFromId('350102199001011234')).toBe('1990-01-01');
    expect(birthDateFromId('350102199002301234')).toBeNull();
    expect(birthDateFromId('3501')).toBeNull();
    expect(genderFromId('350102199001011234')).toBe('male');
    expect(genderFromId('350102199001011224')).toBe('female');
    expect(genderFromId('350102')).toBeNull();
  });
});

// Valid first-17 digits: any region digits, a real birth date between 1900 and TODAY, any sequence.
const first17Arbitrary = fc
  .tuple(
    fc.stringMatching(/^\d{6}$/),
    fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date(`${TODAY}T00:00:00Z`),
      noInvalidDate: true,
    }),
    fc.stringMatching(/^\d{3}$/),
  )
  .map(
    ([region, date, sequence]) =>
      `${region}${date.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`,
  );

describe('properties', () => {
  it('a valid first 17 digits plus the computed check character always validates', () => {
    fc.assert(
      fc.property(first17Arbitrary, (first17) => {
        const id = first17 + checksumChar(first17);
        const result = validateIdNumber(id, { today: TODAY });
        expect(result.valid).toBe(true);
        expect(birthDateFromId(id)).toBe(
          `${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`,
        );
      }),
    );
  });

  it('changing any single character of a valid number makes it invalid', () => {
    fc.assert(
      fc.property(
        first17Arbitrary,
        fc.nat({ max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (first17, position, shift) => {
          const id = first17 + checksumChar(first17);
          // Position 17 may hold 0-9 or X (11 symbols); the others only digits (10 symbols).
          const alphabet = position === 17 ? '0123456789X' : '0123456789';
          const current = alphabet.indexOf(id[position] ?? '');
          const replacement =
            alphabet[(current + (shift % alphabet.length || 1)) % alphabet.length];
          const changed = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(changed).not.toBe(id);
          expect(validateIdNumber(changed, { today: TODAY }).valid).toBe(false);
        },
      ),
    );
  });
});
