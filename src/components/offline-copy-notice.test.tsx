import { describe, expect, it } from 'vitest';
import { formatCopyTime } from './offline-copy-notice';

describe('formatCopyTime', () => {
  const saved = Date.parse('2026-12-02T14:05:00+08:00');

  it('gives the China time alone on the same China day', () => {
    expect(formatCopyTime(saved, 'zh-CN', Date.parse('2026-12-02T23:59:00+08:00'))).toBe('14:05');
    expect(formatCopyTime(saved, 'en-US', saved)).toBe('14:05');
  });

  it('adds the day once the China day has changed, whatever the device zone says', () => {
    const nextMorning = Date.parse('2026-12-03T00:10:00+08:00');
    expect(formatCopyTime(saved, 'zh-CN', nextMorning)).toMatch(/^12\/02\s14:05$/);
    expect(formatCopyTime(saved, 'en-US', nextMorning)).toMatch(/^12\/02,?\s14:05$/);
  });
});
