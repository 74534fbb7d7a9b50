import { recordsSchema, type RecordEntry, type Records } from '../src/api-contract/records';
import { expect, test } from './fixtures';
import { takeLongestTask, watchLongTasks } from './long-tasks';

/*
 * A long year on a phone: 1,000 records (a settlement most days, the monthly credits, family
 * transfers) on /records, opened and scrolled end to end (RECORDS_CPU=4 for a mid-range phone). Prints the longest
 * main-thread task of each; the timings are printed, not asserted (a loaded CI machine is not a
 * phone). What is asserted is what keeps them small: the list draws a window of rows, not 1,000.
 *
 * The production build, with its API answered here: the demo backend could not hold a year
 * this long without a year of settlements played through the counter.
 */

const ENTRIES = 1_000;
/** CPU slow-down: 1 (this machine) by default; RECORDS_CPU=4 plays a mid-range phone. */
const CPU = Number(process.env.RECORDS_CPU ?? 1);
const YEAR = 2026;
/** 1 June 2026, noon in China: five months of records behind it. */
const AS_OF = Date.UTC(YEAR, 5, 1, 4);

function longYear(): Records {
  const entries: RecordEntry[] = [];
  const span = AS_OF - Date.UTC(YEAR, 0, 1);
  for (let i = 0; i < ENTRIES; i += 1) {
    const atMs = AS_OF - Math.floor(((i + 1) * span) / (ENTRIES + 1));
    const kind = i % 50 === 0 ? 'credit' : i % 7 === 3 ? 'family-transfer' : 'settlement';
    const fund = 1_000 + ((i * 37) % 9_000);
    const account = 200 + ((i * 13) % 800);
    entries.push({
      id: `e-${i}`,
      kind,
      atMs,
      accountFen: kind === 'credit' ? 11_500 : -account,
      settlement:
        kind === 'settlement'
          ? {
              id: `stl-${i}`,
              settlementNo: `JS${String(i).padStart(8, '0')}`,
              institutionName: i % 2 === 0 ? '重庆市渝中区某大药房' : '重庆医科大学附属第一医院',
              status: 'paid',
              totalFen: fund * 2,
              policyRangeFen: fund * 2,
              fundFen: fund,
              accountFen: account,
              cashFen: fund - account,
            }
          : null,
    });
  }
  return recordsSchema.parse({
    year: YEAR,
    asOfMs: AS_OF,
    years: [YEAR],
    policyId: 'cq-employee-outpatient-2024',
    totals: {
      settlementCount: entries.filter((e) => e.kind === 'settlement').length,
      totalFen: 0,
      policyRangeFen: 0,
      fundFen: 0,
      accountPaidFen: 0,
      cashFen: 0,
      deductibleUsedFen: 10_000,
      deductibleFen: 10_000,
      capUsedFen: 400_000,
      capFen: 400_000,
      accountCreditedFen: 0,
      accountSpentFen: 0,
    },
    entries,
  });
}

test.use({ serviceWorkers: 'block' });

test(`records: a year of ${ENTRIES} entries opens and scrolls at ${CPU}× CPU (prints the longest task)`, async ({
  page,
}) => {
  test.setTimeout(90_000);
  const body = JSON.stringify(longYear());
  const asked: string[] = [];
  await page.route('**/api/**', async (route) => {
    const url = new URL(route.request().url());
    asked.push(url.pathname);
    if (url.pathname === '/api/records') {
      await route.fulfill({ status: 200, contentType: 'application/json', body });
    } else {
      await route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'NOT_FOUND', message: 'not in this benchmark' }),
      });
    }
  });
  await page.addInitScript(() => sessionStorage.setItem('ybt.session', 'benchmark-token'));
  await watchLongTasks(page);
  // The app itself first (its code cached), then the visit to the records is what counts.
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const longest = () => takeLongestTask(page);
  await longest();

  await page.evaluate(() => {
    history.pushState(null, '', '/records');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  // Waited for by a plain selector: a role query walks the whole page on the main thread and
  // would be counted as the app's own task.
  await page.waitForFunction(() => document.querySelector('.record-row') !== null, null, {
    timeout: 20_000,
    polling: 100,
  });
  const openMs = await longest();
  const list = page.getByRole('region', { name: '记录列表' });

  // Down to the end and back, a screen at a time, as a thumb would.
  const steps = await list.evaluate(async (element) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let n = 0;
    while (element.scrollTop + element.clientHeight < element.scrollHeight - 1 && n < 400) {
      element.scrollTop += element.clientHeight;
      n += 1;
      await frame();
      await frame();
    }
    element.scrollTop = 0;
    await frame();
    return n;
  });
  const scrollMs = await longest();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const drawn = await list.getByRole('listitem').count();
  console.log(
    `records, ${ENTRIES} entries at ${CPU}× CPU: longest main-thread task ${openMs} ms opening, ` +
      `${scrollMs} ms scrolling (${steps} screens; target 50 ms), ${drawn} rows drawn`,
  );

  expect(asked).toContain('/api/records');
  expect(steps).toBeGreaterThan(20);
  // A window of rows, not the year: that is what keeps the tasks short.
  expect(drawn).toBeLessThan(60);
  const last = await list.getByRole('listitem').last().getAttribute('aria-setsize');
  expect(Number(last)).toBeGreaterThan(ENTRIES);
});
