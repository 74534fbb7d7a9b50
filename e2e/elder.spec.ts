import { expect, signIn, test } from './fixtures';

test('elder mode: big text, big targets, nothing overflows', async ({ page }) => {
  await signIn(page);
  const toggle = page.getByRole('button', { name: '长辈模式' });
  // The state is on the button for everyone: aria-pressed for screen readers, a word for eyes.
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toContainText('关');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toContainText('开');

  const metrics = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    const px = (v: string) => parseFloat(v);
    const heights = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map(
        (el) => el.getBoundingClientRect().height,
      );
    return {
      fontSize: px(style.fontSize),
      lineHeight: px(style.lineHeight) / px(style.fontSize),
      tabs: heights('.tab-nav__item'),
      primary: heights('.btn--primary, .service-grid__item'),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  expect(metrics.fontSize).toBeGreaterThanOrEqual(18);
  expect(metrics.lineHeight).toBeGreaterThanOrEqual(1.3);
  // The smallest of no elements would be Infinity and pass: the elements must be there.
  expect(metrics.tabs.length, 'tab bar items').toBeGreaterThan(0);
  expect(metrics.primary.length, 'primary buttons and service tiles').toBeGreaterThan(0);
  expect(Math.min(...metrics.tabs)).toBeGreaterThanOrEqual(60);
  expect(Math.min(...metrics.primary)).toBeGreaterThanOrEqual(60);
  expect(metrics.overflow).toBeLessThanOrEqual(0);

  // Remembered, and the same in /me.
  await page.reload();
  await page.getByRole('link', { name: '我的' }).click();
  await expect(page.getByRole('switch', { name: /长辈模式/ })).toBeChecked();
  const signOut = page.getByRole('button', { name: '退出登录' });
  const signOutBox = await signOut.boundingBox();
  expect(signOutBox, 'the sign-out button').not.toBeNull();
  expect(signOutBox?.height ?? 0).toBeGreaterThanOrEqual(60);

  // antd-mobile's confirmation renders in a portal outside the app, and grows too.
  await signOut.click();
  const dialog = page.getByRole('dialog');
  const question = dialog.getByText('确定要退出登录吗？');
  await expect(question).toBeVisible();
  const questionSize = await question.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(questionSize).toBeGreaterThanOrEqual(18);
  for (const name of ['确定', '取消']) {
    const button = dialog.getByRole('button', { name });
    // Polled: the dialog opens with a scale animation, and its first frames measure smaller.
    await expect
      .poll(async () => (await button.boundingBox())?.height ?? 0, {
        message: `the dialog's ${name} button`,
      })
      .toBeGreaterThanOrEqual(60);
  }
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toHaveCount(0);
});
