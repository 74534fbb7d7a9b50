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

test('choosing to stay keeps the session', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ybt.demo.idleTimeoutMs', '8000'));
  await signIn(page);
  await page.getByRole('button', { name: '继续使用' }).click({ timeout: 12_000 });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page).not.toHaveURL(/\/login/);
});
