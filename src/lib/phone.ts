export type PhoneError = 'phoneRequired' | 'phoneDigits' | 'phoneLength' | 'phonePrefix';

/** Normalises what a phone keyboard or a paste may bring: spaces, dashes, full-width digits. */
export function normalisePhone(input: string): string {
  return input
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, '');
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
