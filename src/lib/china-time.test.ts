import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chinaDay,
  chinaStamp,
  formatChinaDate,
  formatChinaDateTime,
  formatChinaTime,
} from './china-time';

// 2026-12-02 16:30 UTC is 2026-12-03 00:30 in China.
const LATE = Date.UTC(2026, 11, 2, 16, 30);

describe('China time', () => {
  it('takes the day and the hour in China, wherever the device is', () => {
    expect(chinaDay(LATE)).toBe('2026-12-03');
    expect(chinaStamp(LATE)).toBe('2026-12-03 00:30');
    expect(formatChinaTime(LATE, 'zh-CN')).toBe('00:30');
    expect(formatChinaDate(LATE, 'zh-CN')).toBe('2026/12/03');
    expect(formatChinaDateTime(LATE, 'zh-CN')).toBe('2026/12/03 00:30');
    expect(formatChinaDateTime(LATE, 'en-US')).toBe('12/03/2026, 00:30');
  });

  // China kept summer time in 1986–1991 (Asia/Shanghai has it); since then it is UTC+8.
  it('chinaDay is the UTC+8 calendar day for any instant since 1992', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(chinaDay(ms)).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
        expect(chinaStamp(ms)).toBe(
          new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' '),
        );
      }),
    );
  });
});
