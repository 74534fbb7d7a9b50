import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

interface TextStyle {
  bodySize: string;
  bodyFamily: string;
  titleSize: string;
}

async function textStyle(page: Page): Promise<TextStyle> {
  await expect(page.locator('h1')).toBeVisible();
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const title = document.querySelector('h1');
    return {
      bodySize: body.fontSize,
      bodyFamily: body.fontFamily,
      titleSize: title ? getComputedStyle(title).fontSize : 'no h1',
    };
  });
}

test('text keeps its size and face on every path through the app', async ({ page }) => {
  await page.goto('/');
  const home = await textStyle(page);
  expect(home.bodySize).toBe('16px');

  // A fresh load of the estimator, before any screen that uses the UI library.
  await page.goto('/estimate');
  await expect(page.getByRole('heading', { name: '报销测算', level: 1 })).toBeVisible();
  const estimateFresh = await textStyle(page);
  const field = page.locator('main input').first();
  const fieldSizeFresh = await field.evaluate((el) => getComputedStyle(el).fontSize);

  await signIn(page);
  expect(await textStyle(page)).toEqual(home);

  // 我的 loads antd-mobile (its sign-out confirmation); open it so its styles surely arrived.
  await page.getByRole('link', { name: '我的' }).click();
  await expect(page.getByRole('heading', { name: '我的', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  expect(await textStyle(page)).toEqual(home);

  await page.getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('heading', { name: '医保通', level: 1 })).toBeVisible();
  expect(await textStyle(page)).toEqual(home);

  // Into the estimator by the app's own link: it must look as it did on a fresh load.
  await page.getByRole('link', { name: '报销测算' }).click();
  await expect(page.getByRole('heading', { name: '报销测算', level: 1 })).toBeVisible();
  expect(await textStyle(page)).toEqual(estimateFresh);
  expect(await field.evaluate((el) => getComputedStyle(el).fontSize)).toBe(fieldSizeFresh);
  expect(estimateFresh.bodySize).toBe(home.bodySize);
  expect(estimateFresh.bodyFamily).toBe(home.bodyFamily);
});
