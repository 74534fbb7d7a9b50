import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { Page } from './page';

function renderPage(title: string) {
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <Page title={title}>content</Page>
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('Page', () => {
  it('titles the browser tab with the app name alone where the screen is called that (home)', () => {
    renderPage('医保通');
    expect(document.title).toBe('医保通');
  });

  it('titles every other screen "<screen> · 医保通"', () => {
    renderPage('登录');
    expect(document.title).toBe('登录 · 医保通');
  });
});
