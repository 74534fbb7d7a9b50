import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '@/lib/i18n';
import { MoneyText } from './money-text';

afterEach(async () => {
  await loadLanguage('zh-CN');
});

describe('MoneyText', () => {
  it('writes yuan the one way each language does', async () => {
    render(<MoneyText fen={528_073} />);
    expect(screen.getByText('5,280.73 元')).toBeInTheDocument();
    await loadLanguage('en-US');
    expect(i18n.language).toBe('en-US');
    expect(await screen.findByText('¥5,280.73')).toBeInTheDocument();
  });
});
