/** Opening hours: the time of day in China, and whether a shop is open at it. */

import { CHINA_UTC_OFFSET_MS } from '@/rules/dates';
import type { Pharmacy } from './generate';

const MINUTES_PER_DAY = 24 * 60;

/**
 * The minute of the day in China Standard Time for an instant. China keeps UTC+8 all year (no
 * daylight saving), so a fixed offset is exact; the device's own time zone does not matter.
 */
export function chinaMinuteOfDay(epochMs: number): number {
  const dayMs = 86_400_000;
  const local = (((epochMs + CHINA_UTC_OFFSET_MS) % dayMs) + dayMs) % dayMs;
  return Math.floor(local / 60_000);
}

export type OpenStatus = 'open' | 'closed' | 'unknown';

type Hours = Pick<Pharmacy, 'open24h' | 'hoursPublished' | 'opensAtMin' | 'closesAtMin'>;

/**
 * Open, closed, or unknown (hours not published) at a minute of the day, China time. Hours that
 * run past midnight (closesAtMin > 1440) cover the early minutes of the next day too.
 */
export function openStatusAt(hours: Hours, minuteOfDay: number): OpenStatus {
  return openStatusOf(
    hours.open24h,
    hours.hoursPublished,
    hours.opensAtMin,
    hours.closesAtMin,
    minuteOfDay,
  );
}

/** `openStatusAt` on the bare fields, so a search can ask the columns without an object. */
export function openStatusOf(
  open24h: boolean,
  hoursPublished: boolean,
  opensAtMin: number,
  closesAtMin: number,
  minuteOfDay: number,
): OpenStatus {
  if (open24h) return 'open';
  if (!hoursPublished) return 'unknown';
  const open =
    (minuteOfDay >= opensAtMin && minuteOfDay < closesAtMin) ||
    minuteOfDay + MINUTES_PER_DAY < closesAtMin;
  return open ? 'open' : 'closed';
}

/** Whether the pharmacy is known to be open at a minute of the day (China time). */
export function isOpenAt(pharmacy: Hours, minuteOfDay: number): boolean {
  return openStatusAt(pharmacy, minuteOfDay) === 'open';
}
