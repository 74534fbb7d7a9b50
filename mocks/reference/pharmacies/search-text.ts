import { cleanInput } from '@/lib/clean-input';

/**
 * A name or a query as the name search compares it. A phone keyboard in Chinese mode types
 * full-width "ａ" and "１", a paste brings zero-width spaces, and nobody expects "A" to miss "a":
 * both sides pass through the same fold, or a shop whose name looks the same is not found.
 */
export function searchText(text: string): string {
  // toLowerCase, not toLocaleLowerCase: the same fold on every device, whatever its language.
  return cleanInput(text).toLowerCase();
}

/** Whether `name` contains `foldedQuery`, a query already passed through `searchText`. */
export function nameMatches(name: string, foldedQuery: string): boolean {
  return searchText(name).includes(foldedQuery);
}
