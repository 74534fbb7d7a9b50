/** Opening hours are minutes after midnight, China time; past 1440 is the next day. */

const MINUTES_PER_DAY = 1440;

/** `08:30` for 510; `02:00` for 1560 (say "next day" beside it with `isNextDay`). */
export function formatMinuteOfDay(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function isNextDay(minutes: number): boolean {
  return minutes > MINUTES_PER_DAY;
}
