import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  PERSONAS,
  signIn,
  test,
  useVariant,
  VARIANTS,
} from './fixtures';

const FUZHOU = { latitude: 26.085, longitude: 119.296 };

// No service worker: its fetches would bypass page.route, which blocks the map tiles.
test.use({ geolocation: FUZHOU, permissions: ['geolocation'], serviceWorkers: 'block' });

async function settle(page: Page) {
  await expect(page.locator('.skeleton')).toHaveCount(0);
}

for (const variant of VARIANTS) {
  test(`axe: pharmacies and prescriptions screens, ${variant.name}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await useVariant(page, variant);
    await page.goto('/pharmacies');
    await expect(page.locator('.pharmacy-row').first()).toBeVisible();
    await expectNoAxeViolations(page);

    // The location step: the explanation, and the city and district to choose instead.
    await page.getByRole('button', { name: /更换位置|Change location/ }).click();
    await expect(page.locator('select').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/pharmacies?view=map');
    await expect(page.locator('.pharmacy-marker').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/pharmacies?q=%E4%B8%8D%E5%AD%98%E5%9C%A8&dualChannel=1');
    await expect(page.getByRole('status').filter({ hasText: /不存在|No pharmacy/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/pharmacies/ph-092988');
    await expect(page.locator('#pharmacy-name')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/pharmacies/ph-999999');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page);

    await signIn(page, PERSONAS.cqRetiree.phone);
    await page.goto('/prescriptions');
    await expect(page.locator('.rx-card').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/prescriptions/rx-cq-01');
    await expect(page.locator('.rx-pharmacy').first()).toBeVisible();
    await settle(page);
    await expectNoAxeViolations(page);
    await page
      .locator('.rx-pharmacy', { hasText: /配送费|Delivery fee/ })
      .first()
      .getByRole('button', { name: /^(选择这家药店|Choose this pharmacy)$/ })
      .click();
    await page
      .getByRole('radio', { name: /^(送药上门|Delivery)$/ })
      .first()
      .check();
    await page.getByRole('button', { name: /^确认流转到|^Send to/ }).click();
    await expect(page.locator('.field__error').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/prescriptions/rx-cq-03');
    await expect(page.getByTestId('pickup-code')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/prescriptions/rx-cq-05');
    await expect(page.locator('.card--warn')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
