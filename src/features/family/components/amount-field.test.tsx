import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '@/lib/i18n';
import { AmountField } from './amount-field';

function renderField(value: string, maxFen = 300_000) {
  return render(
    <I18nextProvider i18n={i18n}>
      <AmountField value={value} maxFen={maxFen} showError onChange={() => {}} />
    </I18nextProvider>,
  );
}

describe('AmountField', () => {
  it('calls a 20-digit amount too large for the balance, not "not digits"', () => {
    renderField('12345678901234567890');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('超过个人账户余额（3,000.00 元）');
    expect(alert).not.toHaveTextContent('金额只能包含数字和小数点');
    expect(screen.getByRole('textbox', { name: '转入金额（元）' })).toBeInvalid();
  });

  it('takes Arabic-Indic digits and a pasted zero-width space as the amount they show', () => {
    const { rerender } = renderField('٥٠٠');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    rerender(
      <I18nextProvider i18n={i18n}>
        <AmountField value={'5\u200B00'} maxFen={300_000} showError onChange={() => {}} />
      </I18nextProvider>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says which digits it takes when the amount is in digits it cannot read', async () => {
    renderField('๕๐๐');
    expect(screen.getByRole('alert')).toHaveTextContent('金额请使用数字 0–9');
    await loadLanguage('en-US');
    try {
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Use the digits 0–9 for the amount',
      );
    } finally {
      await loadLanguage('zh-CN');
    }
  });
});
