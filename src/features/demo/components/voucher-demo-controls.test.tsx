import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { readState } from '@mocks/db';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { registerDemoStrings } from '../i18n/demo-strings';
import { VoucherDemoControls } from './voucher-demo-controls';

registerDemoStrings();

describe('the e-voucher demo controls', () => {
  it('make the next face check fail with the chosen reason, and set the code lifetime', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={createQueryClient()}>
          <VoucherDemoControls onSaved={onSaved} />
        </QueryClientProvider>
      </I18nextProvider>,
    );
    const next = await screen.findByLabelText('下一次人脸识别');
    expect(next).toHaveValue('');
    await user.selectOptions(next, '失败：面部有遮挡');
    await waitFor(() =>
      expect(readState().voucherSettings.get('current')?.nextFaceFailure).toBe('covered'),
    );
    await user.selectOptions(screen.getByLabelText('医保码有效期'), '60 秒');
    await waitFor(() =>
      expect(readState().voucherSettings.get('current')).toEqual({
        id: 'current',
        nextFaceFailure: 'covered',
        tokenLifetimeSeconds: 60,
      }),
    );
    expect(onSaved).toHaveBeenCalled();
  });
});
