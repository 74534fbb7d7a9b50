import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinuteOfDay, isNextDay } from './hours';

describe('opening hours', () => {
  it('formats minutes after midnight, wrapping hours that run into the next day', () => {
    expect(formatMinuteOfDay(0)).toBe('00:00');
    expect(formatMinuteOfDay(510)).toBe('08:30');
    expect(formatMinuteOfDay(1439)).toBe('23:59');
    expect(formatMinuteOfDay(1560)).toBe('02:00');
    expect(isNextDay(1440)).toBe(false);
    expect(isNextDay(1560)).toBe(true);
  });

  it('always gives HH:MM for the same minute of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2879 }), (m) => {
        expect(formatMinuteOfDay(m)).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(formatMinuteOfDay(m)).toBe(formatMinuteOfDay(m % 1440));
      }),
    );
  });
});
