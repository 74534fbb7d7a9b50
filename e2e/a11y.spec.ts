import type { Page } from '@playwright/test';
import {
  clearFaultsInPage,
  expect,
  expectNoAxeViolations,
  PERSONAS,
  setErrorRate,
  signIn,
  test,
  useVariant,
  VARIANTS,
  waitForScreenSettled,
} from './fixtures';
import { boxSoldByApi } from './settlement-helpers';

const ROUTES = ['/', '/login', '/me', '/records', '/demo', '/demo/counter', '/no-such-page'];

for (const variant of VARIANTS) {
  test(`axe: every route, ${variant.name}`, async ({ page }) => {
    await useVariant(page, variant);
    await page.goto('/');
    await expectNoAxeViolations(page);
    await page.goto('/login');
    await expectNoAxeViolations(page);
    await signIn(page);
    for (const route of ROUTES.filter((r) => r !== '/login')) {
      await page.goto(route);
      await expect(page.locator('h1')).toBeVisible();
      await waitForScreenSettled(page);
      await expectNoAxeViolations(page);
    }
  });
}

// /safety with the traceability-code check's fullest answer (a box sold twice: the sales, what
// to do, the hotlines) and then a form error, in every language and size.
for (const variant of VARIANTS) {
  test(`axe: /safety with a traceability-code result and a form error, ${variant.name}`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await useVariant(page, variant);
    await signIn(page, PERSONAS.cqRetiree.phone);
    const code = await boxSoldByApi(page);
    const resale = await page.evaluate(
      (c) => fetch(`/api/__demo/trace-codes/${c}/resale`, { method: 'POST' }).then((r) => r.status),
      code,
    );
    expect(resale).toBe(201);
    await page.goto(`/safety?trace=${code}`);
    await expect(page.getByRole('heading', { name: /2 次|2 times/ })).toBeVisible();
    await waitForScreenSettled(page);
    await expectNoAxeViolations(page);

    const field = page.getByRole('textbox', { name: /药品追溯码|Traceability code/ });
    await field.fill('8123456789012345678');
    await page.getByRole('button', { name: /^(查询|Check)$/ }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });
}

/**
 * antd-mobile's dialog fades in (a JS spring, not a CSS animation): until it is opaque, axe
 * measures its text against a half-drawn backdrop and reports contrast that nobody will see.
 */
async function dialogSettled(page: Page): Promise<void> {
  // Settled means opaque, and still so a moment later: checked at once, the spring may not have
  // started yet (it first sets the dialog transparent, then animates it in).
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const settled = () =>
            [
              ...document.querySelectorAll(
                '.adm-center-popup-wrap, .adm-center-popup-body, .adm-mask',
              ),
            ].every((el) => getComputedStyle(el).opacity === '1');
          if (!settled()) return false;
          await new Promise((resolve) => setTimeout(resolve, 400));
          return settled();
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
}

// The states a route visit never shows: antd-mobile's confirmation (in a portal), the offline
// banner, an error view and the idle warning. English elder mode adds little over these three.
for (const variant of VARIANTS.filter((v) => v.name !== 'en-US elder')) {
  test(`axe: dialogs, an error view and the offline banner, ${variant.name}`, async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await useVariant(page, variant);
    await signIn(page);

    await page.getByRole('link', { name: /^(我的|Me)$/ }).click();
    await page.getByRole('button', { name: /退出登录|Sign out/ }).click();
    const confirmation = page.getByRole('dialog');
    await expect(confirmation).toBeVisible();
    await dialogSettled(page);
    await expectNoAxeViolations(page);
    await confirmation.getByRole('button', { name: /取消|Cancel/ }).click();
    await expect(confirmation).toHaveCount(0);

    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: /离线|offline/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.setOffline(false);

    // Every request fails, and the idle timeout drops to 20 s (its warning shows for the last
    // 10 s), both set in the demo console.
    await setErrorRate(page, 100);
    await page.getByLabel(/闲置自动退出时间|Idle sign-out after/).selectOption(String(20_000));
    // A fresh load: on the way back through the app the profile would come from the cache.
    await page.goto('/');
    await expect(
      page.getByRole('heading', { name: /^(出错了|Something went wrong)$/ }),
    ).toBeVisible({ timeout: 9_000 });
    await expectNoAxeViolations(page);
    await clearFaultsInPage(page);

    const warning = page.getByRole('alertdialog');
    await expect(warning).toBeVisible({ timeout: 15_000 });
    await expectNoAxeViolations(page);
    await warning.getByRole('button', { name: /继续使用|Stay signed in/ }).click();
    await expect(warning).toHaveCount(0);
  });
}
