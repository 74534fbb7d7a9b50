import { clearFaultsInPage, expect, PERSONAS, setErrorRate, signIn, test } from './fixtures';

test('switching persona changes the home screen', async ({ page }) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  const greeting = page.getByRole('heading', { name: /您好/ });
  await expect(page.getByText(/福州/)).toBeVisible();
  const before = await greeting.textContent();

  await page.goto('/demo');
  await page.getByRole('button', { name: /切换为此用户：重庆/ }).click();
  await expect(page.getByText(/已切换为/)).toBeVisible();
  await page.getByRole('link', { name: '首页' }).click();
  // Home, not the console still fading out (its notice names the persona too).
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByText(/重庆/)).toBeVisible();
  await expect(greeting).not.toHaveText(before ?? '');
  await expect(page.getByText(/福州/)).toHaveCount(0);
});

test('error rate 100 % shows a translated error with retry; at 0 % the retry works', async ({
  page,
}) => {
  await signIn(page);
  await setErrorRate(page, 100);
  await page.getByRole('link', { name: '首页' }).click();
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: '服务暂时不可用，请稍后重试' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
  // Nothing half-rendered: no account figure while the request failed.
  await expect(page.getByText('个人账户余额')).toHaveCount(0);

  // Back to 0 % through the demo backend's own control endpoint, staying on the failed screen.
  await clearFaultsInPage(page);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByText('个人账户余额')).toBeVisible();
});

test('API offline and latency are visible at once; reset restores the seed', async ({ page }) => {
  await signIn(page);
  await page.goto('/demo');
  await page.getByRole('switch', { name: '接口离线' }).check();
  await expect(page.getByText('设置已生效')).toBeVisible();
  await page.getByRole('link', { name: '首页' }).click();
  await page.reload();
  await expect(page.getByText('网络连接失败，请稍后重试')).toBeVisible();

  await page.goto('/demo');
  await page.getByRole('switch', { name: '接口离线' }).uncheck();
  await page.getByRole('button', { name: '重置演示数据' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('演示数据已重置')).toBeVisible();
  await expect(page.getByRole('switch', { name: '接口离线' })).not.toBeChecked();
});

test('reset says it signs the demo person out, and does', async ({ page }) => {
  await signIn(page);
  await page.goto('/demo');
  await page.getByRole('button', { name: '重置演示数据' }).click();
  await expect(page.getByRole('dialog')).toContainText('已登录的演示用户退出登录');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('演示数据已重置，演示用户均已退出登录')).toBeVisible();
  await page.getByRole('link', { name: '我的' }).click();
  await expect(page).toHaveURL(/\/login/);
});

test('a code whose answer was lost is asked for again with the same key: the same code, no "too soon"', async ({
  page,
}) => {
  await page.goto('/demo');
  await page.getByLabel(/办理成功但响应丢失/).fill('100');
  await expect(page.getByRole('status').filter({ hasText: '设置已生效' })).toBeVisible();

  await page.goto('/login');
  await page.getByLabel('手机号').fill(PERSONAS.cqRetiree.phone);
  const send = page.getByRole('button', { name: '获取验证码' });
  await send.click();
  // The backend stored and "sent" the code, then the answer was lost on the way back.
  await expect(page.getByRole('alert')).toHaveText('网络连接失败，请稍后重试');

  await clearFaultsInPage(page);
  await send.click();
  // A new key would meet the 60-second resend window; the same key gets the first answer.
  await expect(page.getByText('验证码已发送')).toBeVisible();
  await expect(page.getByText(/过于频繁/)).toHaveCount(0);
  await expect(page.getByText(/演示短信验证码：\d{6}/)).toBeVisible();
});
