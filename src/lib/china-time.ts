import { chinaDateOf } from '@/rules/dates';

/*
 * Dates and times on screen are China's (Asia/Shanghai), where the bill, the prescription and
 * the counter are, whatever zone the phone is set to. The formatters are built once per
 * language and kind: a new `Intl.DateTimeFormat` costs about a millisecond on a phone, which a
 * long list pays on every row.
 */

const ZONE = 'Asia/Shanghai';

type Kind = 'date-time' | 'date' | 'time' | 'month-day-time';

const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  'date-time': {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  'month-day-time': {
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, kind: Kind): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(language, { timeZone: ZONE, ...OPTIONS[kind] });
    cache.set(key, found);
  }
  return found;
}

/** In the language's own form: `2026/12/03 14:05` (zh-CN), `12/03/2026, 14:05` (en-US). */
export function formatChinaDateTime(epochMs: number, language: string): string {
  return formatter(language, 'date-time').format(epochMs);
}

export function formatChinaDate(epochMs: number, language: string): string {
  return formatter(language, 'date').format(epochMs);
}

/** HH:mm. */
export function formatChinaTime(epochMs: number, language: string): string {
  return formatter(language, 'time').format(epochMs);
}

/** MM-DD HH:mm in the language's form: a time on another day than today. */
export function formatChinaMonthDayTime(epochMs: number, language: string): string {
  return formatter(language, 'month-day-time').format(epochMs);
}

/** The China-time day of an instant, YYYY-MM-DD: the rules' and the backend's own. */
export const chinaDay: (epochMs: number) => string = chinaDateOf;

/** `YYYY-MM-DD HH:mm` in China time, as a receipt prints it in every language. */
export function chinaStamp(epochMs: number): string {
  return `${chinaDay(epochMs)} ${formatChinaTime(epochMs, 'en-GB')}`;
}
