import { create } from 'zustand';

export type Language = 'zh-CN' | 'en-US';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en-US'];

// Preferences hold no personal data, so localStorage is allowed for them.
const LANGUAGE_KEY = 'ybt.lang';
const ELDER_KEY = 'ybt.elder';

function read(key: string): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or a full quota: the preference lasts for this page only.
  }
}

/**
 * The first of the browser's languages that we have, by its base language: an English browser
 * gets English, a Hong Kong or Taiwan one Chinese (closer than English), anything else Chinese.
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh-CN';
    if (base === 'en') return 'en-US';
  }
  return 'zh-CN';
}

/** A saved choice first; with none, the browser's language. */
export function initialLanguage(): Language {
  const stored = read(LANGUAGE_KEY);
  if (stored === 'en-US' || stored === 'zh-CN') return stored;
  if (typeof navigator === 'undefined') return 'zh-CN';
  return languageFromBrowser(
    navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  );
}

interface PreferencesState {
  language: Language;
  elderMode: boolean;
  setLanguage: (language: Language) => void;
  setElderMode: (on: boolean) => void;
}

export const usePreferences = create<PreferencesState>((set) => ({
  language: initialLanguage(),
  elderMode: read(ELDER_KEY) === '1',
  setLanguage: (language) => {
    write(LANGUAGE_KEY, language);
    set({ language });
  },
  setElderMode: (elderMode) => {
    write(ELDER_KEY, elderMode ? '1' : '0');
    set({ elderMode });
  },
}));
