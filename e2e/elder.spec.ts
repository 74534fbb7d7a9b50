import { expect, signIn, test } from './fixtures';

test('elder mode: big text, big targets, nothing overflows', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: '长辈模式' }).click();
  await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const metrics = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    const px = (v: string) => parseFloat(v);
    const tabs = [...document.querySelectorAll<HTMLElement>('.tab-nav__item')].map(
      (el) => el.getBoundingClientRect().height,
    );
    const primary = [
      ...document.querySelectorAll<HTMLElement>('.btn--primary, .service-grid__item'),
    ].map((el) => el.getBoundingClientRect().height);
    return {
      fontSize: px(style.fontSize),
      lineHeight: px(style.lineHeight) / px(style.fontSize),
      minTab: Math.min(...tabs),
      minPrimary: primary.length ? Math.min(...primary) : Infinity,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  expect(metrics.fontSize).toBeGreaterThanOrEqual(18);
  expect(metrics.lineHeight).toBeGreaterThanOrEqual(1.3);
  expect(metrics.minTab).toBeGreaterThanOrEqual(60);
  expect(metrics.minPrimary).toBeGreaterThanOrEqual(60);
  expect(metrics.overflow).toBeLessThanOrEqual(0);

  // Remembered, and the same in /me.
  await page.reload();
  await page.getByRole('link', { name: '我的' }).click();
  await expect(page.getByRole('switch', { name: /长辈模式/ })).toBeChecked();
  const signOutHeight = await page
    .getByRole('button', { name: '退出登录' })
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(signOutHeight).toBeGreaterThanOrEqual(60);
});
