import { expect, signIn, test, waitForScreenSettled } from './fixtures';

const HAN = /\p{Script=Han}/u;

test('switching to English changes every visible string and survives a reload', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: '我的' }).click();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Me', level: 1 })).toBeVisible();

  // Data keeps its own language and says so (lang="zh-CN": names, regions); the UI must not
  // leave any Chinese behind.
  const visibleUiText = () =>
    page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang="zh-CN"], script, style').forEach((el) => el.remove());
      document.body.append(copy);
      copy.style.position = 'absolute';
      const text = copy.innerText;
      copy.remove();
      return text.split('\n');
    });
  for (const path of ['/me', '/', '/demo', '/estimate']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await waitForScreenSettled(page);
    const lines = (await visibleUiText()).filter((l) => HAN.test(l));
    expect(lines, `Chinese UI text left on ${path}`).toEqual([]);
  }

  await page.goto('/demo');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Demo console' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');

  // antd-mobile's imperative dialogs render outside React's tree and follow the language too.
  await page.goto('/me');
  await page.getByRole('button', { name: 'Sign out' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Do you want to sign out?');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'OK' })).toBeVisible();
  const dialogLines = (await dialog.innerText()).split('\n').filter((l) => HAN.test(l));
  expect(dialogLines).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Me', level: 1 })).toBeVisible();
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('starts in English with no saved choice, and switches language signed out', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'YibaoTong', level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');

    // Signed out, on the sign-in screen: the switch is named in the language it switches to.
    await page.getByRole('link', { name: 'Sign in', exact: false }).first().click();
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page.getByRole('heading', { name: '登录', level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    // The choice is saved and wins over the browser's language.
    await page.reload();
    await expect(page.getByRole('heading', { name: '登录', level: 1 })).toBeVisible();

    // And back from home.
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'YibaoTong', level: 1 })).toBeVisible();
  });
});
