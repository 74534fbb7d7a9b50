import type { Page } from '@playwright/test';

/*
 * The page's main-thread long tasks (over 50 ms, the Long Tasks API), for the benchmarks that
 * print how long a screen blocks the thread. Install before the first navigation.
 */

type Tasks = { __longTasks: number[] };

export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as Tasks).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task since the last call (0 when none), in whole ms; the list starts again. */
export async function takeLongestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tasks = (window as unknown as Tasks).__longTasks;
    const max = Math.max(0, ...tasks);
    tasks.length = 0;
    return Math.round(max);
  });
}
