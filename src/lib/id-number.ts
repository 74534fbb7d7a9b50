import { cleanNumericInput } from '@/lib/clean-input';
import { chinaDateOf } from '@/rules/dates';

/**
 * Resident identity card numbers (公民身份号码), GB 11643-1999: 6-digit region code, 8-digit
 * birth date (YYYYMMDD), 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2
 * check character. Region codes are not checked: the official list changes as districts merge,
 * and a stale copy would reject real people.
 */

/**
 * `birthDate`: the digits are not a calendar date; `birthTooEarly`: before 1900, a typing
 * mistake; `birthFuture`: after China's today. Each gets its own message: a person told "later
 * than today" about 1890 cannot see what is wrong.
 */
export type IdNumberError =
  'length' | 'format' | 'birthDate' | 'birthTooEarly' | 'birthFuture' | 'checksum';

export type IdNumberResult =
  | { valid: true; idNumber: string; birthDate: string; gender: 'male' | 'female' }
  | { valid: false; error: IdNumberError };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
// Nobody born before this holds a second-generation card; earlier dates are typing mistakes.
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * Tidies what a keyboard or a paste may bring: invisible characters, spaces, full-width or
 * Arabic-Indic digits, a lower-case x.
 */
export function normaliseIdNumber(input: string): string {
  return cleanNumericInput(input).replace(/[\s-]/g, '').replace(/x$/, 'X');
}

/** The check character for the first 17 digits. Throws when they are not 17 digits. */
export function checksumChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('checksumChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  const char = CHECK_CHARS[sum % 11];
  if (char === undefined) throw new RangeError('unreachable: sum % 11 is always below 11');
  return char;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

// China's day, not the device's: an age or a birth date "in the future" counts China's days.
function chinaTodayOnDevice(): string {
  return chinaDateOf(Date.now());
}

/**
 * The birth date encoded in an 18-character ID as `YYYY-MM-DD`, or null when those digits are
 * not a real calendar date. Does not look at the checksum.
 */
export function birthDateFromId(id: string): string | null {
  const digits = normaliseIdNumber(id).slice(6, 14);
  if (!/^\d{8}$/.test(digits)) return null;
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (!isCalendarDate(year, month, day)) return null;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

/** The gender the sequence digit encodes (GB 11643: odd for men), or null for a short input. */
export function genderFromId(id: string): 'male' | 'female' | null {
  const digit = normaliseIdNumber(id)[16];
  if (digit === undefined || !/\d/.test(digit)) return null;
  return Number(digit) % 2 === 1 ? 'male' : 'female';
}

/**
 * Validates an 18-character ID number and returns the first problem found, in the order a
 * person can fix them: length, characters, birth date, check character.
 * `today` (YYYY-MM-DD) bounds the birth date; it defaults to China's date, whatever the device's zone.
 */
export function validateIdNumber(id: string, options: { today?: string } = {}): IdNumberResult {
  const idNumber = normaliseIdNumber(id);
  if (idNumber.length !== 18) return { valid: false, error: 'length' };
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { valid: false, error: 'format' };

  const birthDate = birthDateFromId(idNumber);
  const today = options.today ?? chinaTodayOnDevice();
  if (birthDate === null) return { valid: false, error: 'birthDate' };
  if (Number(birthDate.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
    return { valid: false, error: 'birthTooEarly' };
  }
  // ISO dates compare correctly as strings.
  if (birthDate > today) return { valid: false, error: 'birthFuture' };

  if (checksumChar(idNumber.slice(0, 17)) !== idNumber[17]) {
    return { valid: false, error: 'checksum' };
  }

  return {
    valid: true,
    idNumber,
    birthDate,
    gender: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
  };
}
