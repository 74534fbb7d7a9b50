import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { isLostFamilyAnswerArmed, takeLostFamilyAnswer } from '@mocks/family-demo';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { registerDemoStrings } from '../i18n/demo-strings';
import { FamilyDemoControls } from './family-demo-controls';

registerDemoStrings();

describe('the family demo control', () => {
  it('arms a lost answer for the next transfer or payment, once', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={createQueryClient()}>
          <FamilyDemoControls onSaved={onSaved} />
        </QueryClientProvider>
      </I18nextProvider>,
    );
    expect(isLostFamilyAnswerArmed()).toBe(false);
    await user.click(screen.getByRole('button', { name: '下一笔转入或缴费：完成，但回答丢失' }));
    expect(await screen.findByText('已设置：下一笔转入或缴费的回答将丢失。')).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledOnce();
    expect(takeLostFamilyAnswer()).toBe(true);
    expect(takeLostFamilyAnswer()).toBe(false);
  });
});
