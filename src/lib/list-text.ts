/**
 * A list in the reader's language: Chinese separates with 、, English with commas and "and".
 * Joining English words with 、 read as an untranslated screen.
 */
export function listText(items: readonly string[], language: string): string {
  if (language.startsWith('zh')) return items.join('、');
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
