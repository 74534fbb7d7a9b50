import { expect, expectNoAxeViolations, signIn, test } from './fixtures';

const ROUTES = ['/', '/login', '/me', '/demo', '/no-such-page'];
const VARIANTS = [
  { name: 'zh-CN', lang: 'zh-CN', elder: false },
  { name: 'en-US', lang: 'en-US', elder: false },
  { name: 'zh-CN elder', lang: 'zh-CN', elder: true },
  { name: 'en-US elder', lang: 'en-US', elder: true },
];

for (const variant of VARIANTS) {
  test(`axe: every route, ${variant.name}`, async ({ page }) => {
    await page.addInitScript(
      ({ lang, elder }) => {
        localStorage.setItem('ybt.lang', lang);
        localStorage.setItem('ybt.elder', elder ? '1' : '0');
      },
      { lang: variant.lang, elder: variant.elder },
    );
    await page.goto('/');
    await expectNoAxeViolations(page);
    await page.goto('/login');
    await expectNoAxeViolations(page);
    await signIn(page);
    for (const route of ROUTES.filter((r) => r !== '/login')) {
      await page.goto(route);
      await expect(page.locator('h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    }
  });
}
