import { i18n } from '@/lib/i18n';
import { demoEnUS } from './en-US';
import { demoZhCN } from './zh-CN';

const DEMO_STRINGS = new Map<string, typeof demoEnUS>([
  ['zh-CN', demoZhCN],
  ['en-US', demoEnUS],
]);

function addDemoStrings(language: string): void {
  const strings = DEMO_STRINGS.get(language);
  if (strings === undefined) return;
  // Only beside the language's app strings: lib/i18n fetches en-US only while it has no bundle,
  // so a bundle holding just these would stop the app's English from ever loading.
  if (!i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', { demo: strings }, true, true);
}

let registered = false;

/**
 * Adds the `demo.*` strings to i18n: now for every language already loaded, later for a language
 * when it is switched to (its app strings are loaded by then). Modules that only demo builds
 * load call this, so the production build carries none of these strings.
 */
export function registerDemoStrings(): void {
  if (registered) return;
  registered = true;
  for (const language of DEMO_STRINGS.keys()) addDemoStrings(language);
  i18n.on('languageChanged', addDemoStrings);
}
