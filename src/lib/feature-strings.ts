import { i18n } from './i18n';

export interface FeatureStrings {
  'zh-CN': object;
  'en-US': object;
}

const registered = new Map<string, FeatureStrings>();

function addStrings(language: string, namespace: string, bundles: FeatureStrings): void {
  const strings = language === 'zh-CN' || language === 'en-US' ? bundles[language] : undefined;
  if (strings === undefined) return;
  // Only beside the language's app strings: lib/i18n fetches en-US only while it has no bundle,
  // so a bundle holding just these would stop the app's English from ever loading.
  if (!i18n.hasResourceBundle(language, 'translation')) return;
  const { apiErrors, ...own } = strings as { apiErrors?: object };
  i18n.addResourceBundle(language, 'translation', { [namespace]: own }, true, true);
  // The messages of the feature's own API error codes join the shared `errors.api.<CODE>` keys
  // that ApiError names, so they travel with the feature instead of in the entry.
  if (apiErrors !== undefined) {
    i18n.addResourceBundle(language, 'translation', { errors: { api: apiErrors } }, true, true);
  }
}

i18n.on('languageChanged', (language: string) => {
  for (const [namespace, bundles] of registered) addStrings(language, namespace, bundles);
});

/**
 * Adds a feature's strings under `namespace` (`voucher.*`): now for every language already
 * loaded, later for a language when it is switched to. A feature's modules call this at import,
 * so its strings travel in its route's chunk and the entry carries none of them.
 *
 * Bundles live in `src/features/<feature>/i18n/{zh-CN,en-US}.ts`; the parity test finds them
 * there by that path. A bundle's `apiErrors` (code → message) become `errors.api.<CODE>`.
 */
export function registerFeatureStrings(namespace: string, bundles: FeatureStrings): void {
  if (registered.has(namespace)) return;
  registered.set(namespace, bundles);
  for (const language of ['zh-CN', 'en-US']) addStrings(language, namespace, bundles);
}
