// One formatter per language: building an Intl formatter costs far more than using one.
const formatters = new Map<string, Intl.ListFormat>();

/**
 * A list in the reader's language: Chinese separates with 、, English with commas and "and".
 * Joining English words with 、 read as an untranslated screen.
 */
export function listText(items: readonly string[], language: string): string {
  if (language.startsWith('zh')) return items.join('、');
  let formatter = formatters.get(language);
  if (formatter === undefined) {
    formatter = new Intl.ListFormat(language, { type: 'conjunction' });
    formatters.set(language, formatter);
  }
  return formatter.format(items);
}
