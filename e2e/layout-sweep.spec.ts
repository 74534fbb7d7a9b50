import type { Page } from '@playwright/test';
import { measureLayout as measure } from './layout-checks';
import {
  expect,
  PERSONAS,
  signIn,
  test,
  useVariant,
  VARIANTS,
  waitForScreenSettled,
} from './fixtures';

/*
 * Every screen at the widths people's phones have, in both languages, with and without elder
 * mode: nothing scrolls sideways and every tap target is at least 44 px (60 px in elder mode)
 * each way. Inline links inside a sentence are exempt (WCAG 2.5.8), as are the map's markers,
 * whose equivalent is the list view of the same pharmacies.
 */

const WIDTHS = [320, 360, 412] as const;

const SIGNED_OUT = ['/login', '/estimate', '/safety', '/pharmacies'];
const SIGNED_IN = [
  '/',
  '/me',
  '/demo',
  '/demo/counter',
  '/estimate',
  '/voucher',
  '/voucher/family',
  '/safety',
  '/prescriptions',
  '/prescriptions/rx-fz-05',
  '/pharmacies',
  '/pharmacies?view=map',
  '/family',
  '/family/transfer',
  '/family/pay',
  '/family/history',
  '/family/relatives/new',
  '/no-such-page',
];

/**
 * Known failures not fixed yet, by screen and target, each named so the report says what is
 * left. An entry here is a debt, not a pass: keep it short.
 */
const KNOWN: readonly RegExp[] = [
  // The prescription list's card link covers only the hospital name (issue 18 item 12, reworked
  // on another branch, which makes the whole card the target).
  /\/prescriptions: small target \d+×\d+: a "(查看处方|Open prescription)/,
];

interface Problem {
  screen: string;
  what: string;
}

async function visit(page: Page, path: string, min: number, problems: Problem[], tag: string) {
  await page.goto(path);
  await expect(page.locator('h1').first()).toBeVisible();
  // Let lazy data arrive so the screen measured is the one a person sees.
  await waitForScreenSettled(page);
  await page.waitForTimeout(200);
  for (const what of await measure(page, min)) {
    const line = `${tag} ${path}: ${what}`;
    if (!KNOWN.some((re) => re.test(line))) problems.push({ screen: `${tag} ${path}`, what });
  }
}

test.use({ serviceWorkers: 'block' });

for (const width of WIDTHS) {
  for (const variant of VARIANTS) {
    test(`${width} px, ${variant.name}: no sideways scroll, no small tap target`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 800 });
      await useVariant(page, variant);
      const min = variant.elder ? 60 : 44;
      const tag = `${width} ${variant.name}`;
      const problems: Problem[] = [];
      for (const path of SIGNED_OUT) await visit(page, path, min, problems, tag);
      await signIn(page, PERSONAS.fzEmployee.phone);
      for (const path of SIGNED_IN) await visit(page, path, min, problems, tag);
      expect(problems.map((p) => `${p.screen}: ${p.what}`)).toEqual([]);
    });
  }
}
