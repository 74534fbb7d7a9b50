import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { loadLanguage } from '@/lib/i18n';
import { formatCopyTime, OfflineCopyNotice } from './offline-copy-notice';

afterEach(async () => {
  await loadLanguage('zh-CN');
});

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

describe('OfflineCopyNotice', () => {
  it('says offline when the device is, and only that the refresh failed otherwise, in both languages', async () => {
    const savedAtMs = Date.now();
    const { rerender } = render(
      <OfflineCopyNotice savedAtMs={savedAtMs} error={new ApiError('offline')} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^离线显示 · 更新于 \d{2}:\d{2}$/);
    rerender(
      <OfflineCopyNotice savedAtMs={savedAtMs} error={new ApiError('http', { status: 503 })} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^暂时无法更新 · 更新于 \d{2}:\d{2}$/);
    await loadLanguage('en-US');
    rerender(
      <OfflineCopyNotice
        savedAtMs={savedAtMs}
        error={new ApiError('offline')}
        onRetry={() => {}}
      />,
    );
    expect(await screen.findByText(/^Offline copy · updated \d{2}:\d{2}$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('status').textContent).not.toMatch(/\p{Script=Han}/u);
  });
});
