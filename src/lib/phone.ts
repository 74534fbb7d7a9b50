import { cleanNumericInput } from '@/lib/clean-input';

export type PhoneError = 'phoneRequired' | 'phoneDigits' | 'phoneLength' | 'phonePrefix';

// Ways people write China's country code in front of a mobile number, from a contact card or
// a paste: "+86 138…", "0086-138…", "(+86)138…", "86 138…" (the last only before 11 digits).
const COUNTRY_CODE = /^(?:\+86|0086|\(\+?86\)|（\+?86）)/;

/**
 * Normalises what a phone keyboard, a contact card or a paste may bring: invisible characters,
 * full-width or Arabic-Indic digits, spaces, dashes, dots, brackets and China's country code.
 */
export function normalisePhone(input: string): string {
  const compact = cleanNumericInput(input).replace(/[\s\-.·]/g, '');
  const local = compact.replace(COUNTRY_CODE, '');
  // "86" with no plus is a country code only when what follows is a whole mobile number.
  return /^861[3-9]\d{9}$/.test(local) ? local.slice(2) : local;
}

/** Mainland mobile numbers: 11 digits, 1[3-9] first. Returns the first problem, if any. */
export function validatePhone(input: string): PhoneError | null {
  const phone = normalisePhone(input);
  if (phone === '') return 'phoneRequired';
  if (!/^\d+$/.test(phone)) return 'phoneDigits';
  if (phone.length !== 11) return 'phoneLength';
  if (!/^1[3-9]/.test(phone)) return 'phonePrefix';
  return null;
}
