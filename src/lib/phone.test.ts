import { describe, expect, it } from 'vitest';
import { normalisePhone, validatePhone } from './phone';

describe('validatePhone', () => {
  it.each([
    ['', 'phoneRequired'],
    ['138abc45678', 'phoneDigits'],
    ['1381234567', 'phoneLength'],
    ['138123456789', 'phoneLength'],
    ['12812345678', 'phonePrefix'],
    ['23812345678', 'phonePrefix'],
    ['13812345678', null],
    ['138 1234 5678', null],
    ['１３８１２３４５６７８', null],
  ])('%s → %s', (input, expected) => {
    expect(validatePhone(input)).toBe(expected);
  });

  // Issue 22: the country code, as contact cards and pastes write it, is not a wrong digit.
  it.each([
    ['+86 138 0000 1111'],
    ['0086-138-0000-1111'],
    ['(+86) 138 0000 1111'],
    ['86 13800001111'],
    ['138.0000.1111'],
    ['138\u200B0000\u200B1111'],
    ['١٣٨٠٠٠٠١١١١'],
  ])('%s is 13800001111', (input) => {
    expect(validatePhone(input)).toBeNull();
    expect(normalisePhone(input)).toBe('13800001111');
  });

  it('keeps a number that only starts like a country code', () => {
    expect(normalisePhone('8613800001')).toBe('8613800001');
    expect(validatePhone('+86 138 0000 111')).toBe('phoneLength');
  });

  it('normalises full-width digits and separators', () => {
    expect(normalisePhone('１３８-1234 5678')).toBe('13812345678');
  });
});
