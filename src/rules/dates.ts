import { RULES_ERROR } from './message-keys';

/*
 * Dates are strict 'YYYY-MM-DD' civil dates with no time zone. Arithmetic uses whole-day
 * numbers (days since 1970-01-01, proleptic Gregorian), never Date objects or the clock.
 */

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type ParseDateResult =
  | { readonly ok: true; readonly date: CivilDate; readonly dayNumber: number }
  | { readonly ok: false; readonly code: typeof RULES_ERROR.invalidDate };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  const days = MONTH_DAYS[month - 1];
  if (days === undefined) throw new RangeError(`daysInMonth: month ${month}`);
  return days;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The day number of a strict YYYY-MM-DD date (years 0001–9999), or NaN when the text is not
 * one or names an impossible day such as 2023-02-29. Allocation-free: the engine calls it
 * once per claim.
 */
export function isoDayNumber(text: unknown): number {
  if (typeof text !== 'string' || text.length !== 10) return Number.NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return Number.NaN;
  }
  return toDayNumber(year, month, day);
}

export function parseIsoDate(text: unknown): ParseDateResult {
  const dayNumber = isoDayNumber(text);
  if (Number.isNaN(dayNumber)) return { ok: false, code: RULES_ERROR.invalidDate };
  return { ok: true, date: fromDayNumber(dayNumber), dayNumber };
}

export function isIsoDate(text: unknown): text is string {
  return !Number.isNaN(isoDayNumber(text));
}

function mustDayNumber(text: string, fn: string): number {
  const n = isoDayNumber(text);
  if (Number.isNaN(n))
    throw new RangeError(`${fn}: not a valid YYYY-MM-DD date: ${JSON.stringify(text)}`);
  return n;
}

/** -1, 0 or 1. Throws RangeError for text that is not a valid date (check with isIsoDate). */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  const x = mustDayNumber(a, 'compareIsoDates');
  const y = mustDayNumber(b, 'compareIsoDates');
  return x < y ? -1 : x > y ? 1 : 0;
}

export function yearOfIsoDate(text: string): number {
  mustDayNumber(text, 'yearOfIsoDate');
  return Number(text.slice(0, 4));
}

export function formatIsoDate(date: CivilDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function isoDateFromDayNumber(dayNumber: number): string {
  return formatIsoDate(fromDayNumber(dayNumber));
}

export function addDays(text: string, days: number): string {
  return isoDateFromDayNumber(mustDayNumber(text, 'addDays') + days);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return mustDayNumber(b, 'daysBetween') - mustDayNumber(a, 'daysBetween');
}

/** The calendar year a day number falls in, without allocating. */
export function yearOfDayNumber(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** China's offset from UTC: +8 h all year (China has kept no summer time since 1991). */
export const CHINA_UTC_OFFSET_MS = 8 * 3_600_000;

/**
 * The calendar day in China of an instant, YYYY-MM-DD. Every age, validity and year rule of the
 * app (client and demo backend) counts China's days, whatever zone the device is set to.
 */
export function chinaDateOf(epochMs: number): string {
  return new Date(epochMs + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}
