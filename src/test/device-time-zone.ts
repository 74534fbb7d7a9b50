import { vi } from 'vitest';

/*
 * The test workers share one process whose zone is fixed when it starts (setting process.env.TZ
 * in a worker thread changes nothing), so a phone set to another zone is played by the local
 * calendar getters: what code that reads "today" from the device (`getFullYear`, `getMonth`,
 * `getDate`…) sees. The spies go after each test (restoreMocks in the Vitest config).
 */

type LocalGetter =
  | 'getFullYear'
  | 'getMonth'
  | 'getDate'
  | 'getDay'
  | 'getHours'
  | 'getMinutes'
  | 'getTimezoneOffset';

/**
 * Makes `new Date()`'s local fields those of a device `offsetMinutes` east of UTC
 * (Los Angeles in November: -480; Kiritimati: +840).
 */
export function emulateDeviceTimeZone(offsetMinutes: number): void {
  const local = (date: Date) => new Date(date.getTime() + offsetMinutes * 60_000);
  const getters: Record<LocalGetter, (date: Date) => number> = {
    getFullYear: (d) => local(d).getUTCFullYear(),
    getMonth: (d) => local(d).getUTCMonth(),
    getDate: (d) => local(d).getUTCDate(),
    getDay: (d) => local(d).getUTCDay(),
    getHours: (d) => local(d).getUTCHours(),
    getMinutes: (d) => local(d).getUTCMinutes(),
    getTimezoneOffset: () => -offsetMinutes,
  };
  for (const [name, read] of Object.entries(getters) as [LocalGetter, (date: Date) => number][]) {
    vi.spyOn(Date.prototype, name).mockImplementation(function (this: Date) {
      return read(this);
    });
  }
}
