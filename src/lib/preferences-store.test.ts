import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialLanguage, languageFromBrowser } from './preferences-store';

describe('initialLanguage', () => {
  afterEach(() => localStorage.clear());

  it('starts an English browser in English when nothing was chosen', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    expect(initialLanguage()).toBe('en-US');
  });

  it('keeps a saved choice over the browser', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    localStorage.setItem('ybt.lang', 'zh-CN');
    expect(initialLanguage()).toBe('zh-CN');
  });

  it('takes the first browser language we have, and Chinese when we have none', () => {
    expect(languageFromBrowser(['fr-FR', 'en-US', 'zh-CN'])).toBe('en-US');
    expect(languageFromBrowser(['zh-TW', 'en'])).toBe('zh-CN');
    expect(languageFromBrowser(['ZH-hans-CN'])).toBe('zh-CN');
    expect(languageFromBrowser(['fr', 'de'])).toBe('zh-CN');
    expect(languageFromBrowser([])).toBe('zh-CN');
  });
});
