import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// 东街口, Fuzhou (WGS-84): the demo data has shops all around it, one named like an XSS attack.
const FUZHOU = { latitude: 26.085, longitude: 119.296 };
const XSS_NAME = '<img src=x onerror=alert(1)>';

// No service worker: its fetches would bypass page.route, which blocks the map tiles.
test.use({ geolocation: FUZHOU, permissions: ['geolocation'], serviceWorkers: 'block' });

const rows = (page: Page) => page.locator('.pharmacy-row');

async function openList(page: Page, query = '') {
  await page.goto(`/pharmacies${query}`);
  // Permission is already granted, so the list measures from the device without a tap.
  await expect(page.getByText('距离从您的位置计算')).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
}

/** Distances of the rows on screen, in metres. */
async function distances(page: Page): Promise<number[]> {
  const texts = await page.locator('.pharmacy-row__distance').allTextContents();
  return texts.map((t) => {
    // Under 50 m a row says the shop is right here (src/lib/distance.ts): nearer than any number.
    if (t === '就在附近') return 0;
    const n = Number.parseFloat(t);
    return t.includes('公里') ? n * 1000 : n;
  });
}

test('the time from opening /pharmacies to the first result', async ({ page }) => {
  const start = Date.now();
  await page.goto('/pharmacies');
  await expect(rows(page).first()).toBeVisible();
  const ms = Date.now() - start;
  console.log(`pharmacies: first result in ${ms} ms`);
});

test('lists pharmacies nearest first, with walk and the 15-minute badge', async ({ page }) => {
  await openList(page);
  const found = await distances(page);
  expect(found.length).toBeGreaterThan(3);
  expect(found).toEqual([...found].sort((a, b) => a - b));
  await expect(rows(page).first().getByText('15分钟医保服务圈')).toBeVisible();
  await expect(page.getByText('显示最近的 2000 家药店')).toBeVisible();
  // Virtualised: a screenful in the DOM, not 2,000 rows.
  expect(await rows(page).count()).toBeLessThan(40);
  await page.locator('.pharmacy-list').evaluate((el) => el.scrollTo(0, 100_000));
  await expect(rows(page).last()).toBeVisible();
});

const FILTERS = [
  ['门诊统筹', '门诊统筹'],
  ['医保电子凭证', '医保电子凭证'],
  ['电子处方', '电子处方'],
  ['双通道', '双通道'],
  ['送药上门', '送药上门'],
  ['24小时', '24小时'],
] as const;

for (const [chip, tag] of FILTERS) {
  test(`the ${chip} filter narrows the list to pharmacies with it`, async ({ page }) => {
    await openList(page);
    const before = await page.locator('.pharmacy-row__name').first().textContent();
    await page.getByRole('button', { name: chip, exact: true }).click();
    await expect(page.getByRole('button', { name: chip, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page).toHaveURL(/=1/);
    await expect(async () => {
      const count = await rows(page).count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < Math.min(count, 8); i++) {
        await expect(
          rows(page).nth(i).locator('.pharmacy-tags').getByText(tag, { exact: true }),
        ).toBeVisible();
      }
    }).toPass();
    const found = await distances(page);
    expect(found).toEqual([...found].sort((a, b) => a - b));
    expect(before).not.toBeNull();
  });
}

test('open now keeps only open shops; a search with no result keeps the text and offers a way out', async ({
  page,
}) => {
  await openList(page);
  await page.getByRole('button', { name: '正在营业', exact: true }).click();
  await expect(async () => {
    const statuses = await page
      .locator('.pharmacy-row .tag', { hasText: /营业中|已打烊|营业时间未公布/ })
      .allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['营业中']));
  }).toPass();
  await page.getByLabel('按药店名称搜索').fill('不存在的药房');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.getByText('没有名称包含“不存在的药房”的药店。')).toBeVisible();
  await expect(page.getByLabel('按药店名称搜索')).toHaveValue('不存在的药房');
  await page.getByRole('button', { name: '取消所有筛选' }).click();
  await expect(page.getByRole('button', { name: '正在营业' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('the map shows the markers and the person with tiles blocked, and loads Leaflet only then', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await openList(page);
  const before = scripts.length;
  // The view lives in the URL, so the radio turns checked after the navigation, not on the click.
  await page.getByRole('radio', { name: '地图' }).click();
  await expect(page.getByRole('radio', { name: '地图' })).toBeChecked();
  await expect(page.locator('.pharmacy-marker').first()).toBeVisible();
  expect(await page.locator('.pharmacy-marker').count()).toBeGreaterThan(10);
  await expect(page.locator('.you-marker')).toBeVisible();
  await expect(page.getByText('您的位置', { exact: true })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(before);
});

test('directions to Amap carry GCJ-02 coordinates', async ({ page }) => {
  await page.goto('/pharmacies/ph-092988');
  const href = (await page.getByRole('link', { name: '高德地图' }).getAttribute('href')) ?? '';
  const [lng, lat] = (new URL(href).searchParams.get('position') ?? '').split(',').map(Number);
  // The shop is at WGS-84 (26.08…, 119.29…); GCJ-02 in Fuzhou is about 0.0049° east, 0.0026° south.
  const wgs = await page.evaluate(() =>
    fetch('/api/pharmacies/ph-092988').then(
      (r) => r.json() as Promise<{ lat: number; lng: number }>,
    ),
  );
  expect((lng ?? 0) - wgs.lng).toBeGreaterThan(0.004);
  expect((lng ?? 0) - wgs.lng).toBeLessThan(0.006);
  expect(wgs.lat - (lat ?? 0)).toBeGreaterThan(0.001);
  expect(wgs.lat - (lat ?? 0)).toBeLessThan(0.004);
});

test.describe('at 23:30 China time with the browser in UTC', () => {
  test.use({ timezoneId: 'UTC' });

  test('open now is right for a day shop, an overnight shop, a 24 h shop and unpublished hours', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-11-24T15:30:00Z'));
    const cases = [
      ['ph-092988', '已打烊', '每日 08:30–20:00'],
      ['ph-067202', '营业中', '每日 08:00–次日02:00'],
      ['ph-025729', '营业中', '24小时营业'],
      ['ph-018735', '营业时间未公布', '药店未公布营业时间，请致电确认'],
    ] as const;
    for (const [id, status, hours] of cases) {
      await page.goto(`/pharmacies/${id}`);
      await expect(page.getByText(hours)).toBeVisible();
      await expect(page.locator('.card .tag').first()).toHaveText(status);
    }
  });
});

test('a pharmacy named like an XSS attack renders as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await openList(page);
  await expect(page.getByRole('link', { name: XSS_NAME })).toBeVisible();
  await page.getByRole('link', { name: XSS_NAME }).click();
  await expect(page.getByRole('heading', { name: XSS_NAME })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // On the map its tooltip is a text node too.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto('/pharmacies?view=map');
  await expect(page.locator('.pharmacy-marker').first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('an unknown pharmacy id says so clearly', async ({ page }) => {
  await page.goto('/pharmacies/ph-999999');
  await expect(page.getByRole('alert')).toContainText('找不到这家药店');
});

test.describe('location refused', () => {
  test.use({ permissions: [] });

  test('offers a city and district instead', async ({ page, context }) => {
    await context.clearPermissions();
    await page.goto('/pharmacies');
    await page.getByRole('button', { name: '使用我的位置' }).click();
    // Headless Chromium refuses at once or lets the request time out (10 s): either way, a reason.
    await expect(page.getByRole('alert')).toContainText(
      /您未允许获取位置|暂时无法获取|获取位置超时/,
      {
        timeout: 15_000,
      },
    );
    await page.getByLabel('城市').selectOption({ label: '太原市' });
    await page.getByLabel('区县').selectOption({ label: '小店区' });
    await page.getByRole('button', { name: '按此区县查找' }).click();
    await expect(page.getByText('距离从太原市小店区中心计算')).toBeVisible();
    await expect(rows(page).first()).toBeVisible();
  });
});

test('the tab bar stays on top of the map: every point in the bar hits the bar, not a marker', async ({
  page,
}) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await openList(page);
  // The view lives in the URL, so the radio turns checked after the navigation, not on the click.
  await page.getByRole('radio', { name: '地图' }).click();
  await expect(page.getByRole('radio', { name: '地图' })).toBeChecked();
  await expect(page.locator('.pharmacy-marker').first()).toBeVisible();
  // Scroll so the map runs under the bar, where the markers and the OSM credit took its taps.
  await page.locator('.pharmacy-map').evaluate((el) => {
    const r = el.getBoundingClientRect();
    window.scrollBy(0, r.bottom - window.innerHeight + 40);
  });
  const misses = await page.evaluate(() => {
    const bar = document.querySelector('.tab-nav');
    if (!bar) return ['no tab bar'];
    const r = bar.getBoundingClientRect();
    const out: string[] = [];
    for (const fx of [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95])
      for (const fy of [0.2, 0.5, 0.8]) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !bar.contains(hit))
          out.push(`${Math.round(x)},${Math.round(y)}: ${hit?.getAttribute('class') ?? 'none'}`);
      }
    return out;
  });
  expect(misses).toEqual([]);
  // The tap reaches the bar's link: 我的 needs a signed-in person, so a guest lands on sign-in
  // (the URL is /me only until the guard redirects, which made a /me check flaky).
  await page.getByRole('link', { name: '我的' }).click();
  await expect(page).toHaveURL(/\/login$/);
});
