import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '@/lib/i18n';
import { regionRulesFor } from '@mocks/reference/family-rules';
import { SourceNote } from './source-note';
import '../i18n/family-strings';

function renderWithI18n(ui: ReactElement) {
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

const fujian = regionRulesFor('350100');
if (!fujian) throw new Error('Fujian is missing');

describe('SourceNote', () => {
  it('shows the assumed limit in English on English screens, with no Chinese', async () => {
    await loadLanguage('en-US');
    try {
      const { container } = renderWithI18n(<SourceNote source={fujian.limitSource} />);
      expect(screen.getByText(/No source states a limit on the number of relatives/)).toBeVisible();
      expect(container.textContent).not.toMatch(/\p{Script=Han}/u);
    } finally {
      await loadLanguage('zh-CN');
    }
  });

  it('keeps the Chinese text on Chinese screens', () => {
    renderWithI18n(<SourceNote source={fujian.limitSource} />);
    expect(screen.getByText('来源未载明人数上限')).toBeInTheDocument();
  });
});
