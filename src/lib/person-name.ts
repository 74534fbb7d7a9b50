import { CHINESE_NAME_PATTERN } from '@/api-contract/common';
import { cleanInput } from '@/lib/clean-input';

/*
 * A person's name as typed for the e-voucher, a family proxy member or a relative in the family
 * account: checked here before anything is sent, and by the backend against the same pattern.
 */

/**
 * Minority names use `·`; phones type it as `•`, `・`, `.` or a full-width dot. A name pasted
 * from a chat app may carry a zero-width space, and a CJK compatibility ideograph looks like
 * its unified form: both are folded so the name checks as it looks.
 */
export function normaliseName(input: string): string {
  return cleanInput(input)
    .trim()
    .replace(/\s+/g, '')
    .replace(/[•・.．‧∙]/g, '·');
}

/** Each problem is a message key the screens translate in their own namespace. */
export type NameError = 'nameRequired' | 'nameLatin' | 'nameDigits' | 'nameChars' | 'nameLength';

export function nameError(input: string): NameError | null {
  const name = normaliseName(input);
  if (name === '') return 'nameRequired';
  if (/[0-9０-９]/.test(name)) return 'nameDigits';
  if (/[A-Za-z]/.test(name)) return 'nameLatin';
  if (!CHINESE_NAME_PATTERN.test(name)) return 'nameChars';
  const length = Array.from(name).length;
  if (length < 2 || length > 20) return 'nameLength';
  return null;
}
