import { expect, PERSONAS, signIn, test } from './fixtures';

test('sign in, see my account, sign out', async ({ page }) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible();
  await expect(page.getByText('个人账户余额')).toBeVisible();

  await page.getByRole('link', { name: '我的' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText('您已退出登录')).toBeVisible();

  // The session is gone: the guarded page sends us back to sign in.
  await page.goto('/me');
  await expect(page).toHaveURL(/\/login/);
});

test('after signing out, the first tap on back leaves the sign-in screen', async ({ page }) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible();
  await expect(page).toHaveTitle('医保通');
  await page.getByRole('link', { name: '我的' }).click();
  await expect(page).toHaveTitle('我的 · 医保通');
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('您已退出登录')).toBeVisible();

  // One tap: back to home, not to the guarded 我的 that bounces straight back to sign-in.
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: '医保通', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: '登录 / 注册' })).toBeVisible();
});

test('a guarded page returns to where the person was going after sign-in', async ({ page }) => {
  await page.goto('/me');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('手机号').fill(PERSONAS.cqRetiree.phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  const code =
    ((await page.getByText(/演示短信验证码/).textContent()) ?? '').match(/\d{6}/)?.[0] ?? '';
  await page.getByLabel('验证码', { exact: true }).fill(code);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(/\/me$/);
  // Masked on screen: 138****0001 style, never the whole number.
  await expect(page.getByText(/^1\d{2}\*{4}\d{4}$/)).toBeVisible();
  await expect(page.getByText(PERSONAS.cqRetiree.phone)).toHaveCount(0);
});

test('bad phone numbers and codes get clear messages and keep what was typed', async ({ page }) => {
  await page.goto('/login');
  const phone = page.getByLabel('手机号');
  await phone.fill('138123');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText('手机号应为 11 位数字')).toBeVisible();
  await expect(phone).toHaveValue('138123');

  await phone.fill('12812345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText('手机号应以 13 至 19 开头')).toBeVisible();

  await phone.fill('138abc45678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText('手机号只能包含数字')).toBeVisible();

  await phone.fill(PERSONAS.fzEmployee.phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText(/演示短信验证码/)).toBeVisible();
  // Asked again within 60 s: the button waits out the countdown.
  await expect(page.getByRole('button', { name: /秒后重新获取/ })).toBeDisabled();

  await page.getByLabel('验证码', { exact: true }).fill('000000');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText('验证码不正确，请检查后重新输入')).toBeVisible();
  await expect(phone).toHaveValue(PERSONAS.fzEmployee.phone);
});

test('an unknown route shows the 404 screen with a way home', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('no personal data in web storage after sign-in', async ({ page }) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  await page.getByRole('link', { name: '我的' }).click();
  await expect(page.getByText(/\*{8}/)).toBeVisible();
  const dump = await page.evaluate(async () => {
    const me = (await (
      await fetch('/api/me', {
        headers: { Authorization: `Bearer ${sessionStorage.getItem('ybt.session') ?? ''}` },
      })
    ).json()) as { name: string; phone: string; idNumber: string };
    const all = (s: Storage) =>
      Object.keys(s)
        .map((k) => `${k}=${s.getItem(k) ?? ''}`)
        .join('\n');
    return { me, storage: `${all(localStorage)}\n${all(sessionStorage)}` };
  });
  expect(dump.me.phone).toBe(PERSONAS.fzEmployee.phone);
  expect(dump.storage).not.toContain(dump.me.phone);
  expect(dump.storage).not.toContain(dump.me.idNumber);
  expect(dump.storage).not.toContain(dump.me.name);
});
