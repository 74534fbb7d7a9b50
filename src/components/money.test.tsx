import { render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '@/lib/i18n';
import { Money } from './money';
import { useMoney } from './use-money';

afterEach(async () => {
  await loadLanguage('zh-CN');
});

describe('Money', () => {
  it('writes yuan the one way each language does', async () => {
    render(<Money fen={528_073} />);
    expect(screen.getByText('5,280.73 元')).toBeInTheDocument();
    await loadLanguage('en-US');
    expect(i18n.language).toBe('en-US');
    expect(await screen.findByText('¥5,280.73')).toBeInTheDocument();
  });
});

describe('useMoney', () => {
  it('groups thousands and always keeps two decimals', () => {
    const { result } = renderHook(() => useMoney());
    expect(result.current(0)).toBe('0.00 元');
    expect(result.current(5)).toBe('0.05 元');
    expect(result.current(123_400)).toBe('1,234.00 元');
  });

  it('writes large amounts exactly, with no float on the way', () => {
    const { result } = renderHook(() => useMoney());
    // 100,000,000 元 and one fen: a float yuan (x / 100) would print it wrong at this size.
    expect(result.current(10_000_000_001)).toBe('100,000,000.01 元');
    expect(result.current(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91 元');
  });

  it('puts a minus before the whole money text', async () => {
    const { result, rerender } = renderHook(() => useMoney());
    expect(result.current(-123_456)).toBe('-1,234.56 元');
    await loadLanguage('en-US');
    rerender();
    expect(result.current(-123_456)).toBe('-¥1,234.56');
    expect(result.current(99)).toBe('¥0.99');
  });
});
