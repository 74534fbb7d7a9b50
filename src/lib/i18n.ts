import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from '@/i18n/zh-CN';
import type { Language } from './preferences-store';

// zh-CN ships in the entry chunk; en-US is its own chunk, fetched when it is chosen (and before
// the first render when it was chosen last time), so most people never download it.
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en-US'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en-US' && !i18n.hasResourceBundle('en-US', 'translation')) {
    const { enUS } = await import('@/i18n/en-US');
    i18n.addResourceBundle('en-US', 'translation', enUS, true, true);
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
