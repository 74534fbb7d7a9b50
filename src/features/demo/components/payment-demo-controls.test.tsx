import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { readState } from '@mocks/db';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { registerDemoStrings } from '../i18n/demo-strings';
import { PaymentDemoControls } from './payment-demo-controls';

registerDemoStrings();

describe('the mobile payment demo control', () => {
  it('sets what the next mobile payments do', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={createQueryClient()}>
          <PaymentDemoControls onSaved={onSaved} />
        </QueryClientProvider>
      </I18nextProvider>,
    );
    const control = await screen.findByRole('combobox', {
      name: '参保人手机上的移动支付（微信支付、支付宝）',
    });
    expect(control).toHaveValue('paid');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      '支付成功',
      '参保人取消支付',
      '支付失败',
      '支付成功，但应用没收到结果',
    ]);
    await user.selectOptions(control, '支付成功，但应用没收到结果');
    await waitFor(() => expect(readState().paymentSettings.get('current')?.outcome).toBe('lost'));
    expect(onSaved).toHaveBeenCalledOnce();
    expect(control).toHaveValue('lost');
  });
});
