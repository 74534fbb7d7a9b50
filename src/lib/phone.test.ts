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

  it('normalises full-width digits and separators', () => {
    expect(normalisePhone('１３８-1234 5678')).toBe('13812345678');
  });
});
