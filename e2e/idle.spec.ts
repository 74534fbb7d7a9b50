import { expect, signIn, test } from './fixtures';

test('an idle session warns, then signs out', async ({ page }) => {
  // Shortened through the demo config key (the /demo panel sets the same key).
  await page.addInitScript(() => localStorage.setItem('ybt.demo.idleTimeoutMs', '8000'));
  await signIn(page);
  await expect(page.getByRole('alertdialog', { name: '即将自动退出' })).toBeVisible({
    timeout: 12_000,
  });
  await expect(page).toHaveURL(/\/login/, { timeout: 12_000 });
  await expect(page.getByText('您已较长时间未操作，为保护账户安全已自动退出')).toBeVisible();
});

test('choosing to stay keeps the session past the deadline the warning gave', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ybt.demo.idleTimeoutMs', '10000'));
  await signIn(page);
  const warning = page.getByRole('alertdialog', { name: '即将自动退出' });
  await expect(warning).toBeVisible({ timeout: 12_000 });
  const secondsLeft = Number(/(\d+)\s*秒/.exec((await warning.textContent()) ?? '')?.[1]);
  expect(secondsLeft).toBeGreaterThan(0);
  const deadline = Date.now() + secondsLeft * 1000;

  await warning.getByRole('button', { name: '继续使用' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  // Past the moment the person would have been signed out had "stay" not restarted the count.
  await page.waitForTimeout(deadline - Date.now() + 1500);
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByText('个人账户余额')).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('ybt.session'))).not.toBeNull();
});

test('a timeout chosen in the demo console applies at once and leaves half to answer', async ({
  page,
}) => {
  await signIn(page);
  // Client-side navigation only: a page load would re-read the setting and prove nothing.
  await page.getByRole('link', { name: '我的' }).click();
  await page.getByRole('link', { name: '演示控制台' }).click();
  await page.getByLabel('闲置自动退出时间').selectOption({ label: '20 秒' });
  const warning = page.getByRole('alertdialog', { name: '即将自动退出' });
  await expect(warning).toBeVisible({ timeout: 15_000 });
  // Half of 20 s: time for an older person to read the warning and tap.
  const secondsLeft = Number(/(\d+)\s*秒/.exec((await warning.textContent()) ?? '')?.[1]);
  expect(secondsLeft).toBeGreaterThanOrEqual(8);
  await warning.getByRole('button', { name: '继续使用' }).click();
  await expect(page).not.toHaveURL(/\/login/);
});
