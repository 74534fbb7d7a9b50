import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const PERSONAS = {
  cqRetiree: { id: 'cq-retiree', phone: '13800001111' },
  fzEmployee: { id: 'fz-employee', phone: '13900002222' },
  tyEmployee: { id: 'ty-employee', phone: '13700003333' },
} as const;

interface Fixtures {
  cspViolations: string[];
}

/**
 * Every test fails on a Content-Security-Policy violation: the page reports them through
 * `securitypolicyviolation` events, which we collect before any app script runs.
 */
export const test = base.extend<Fixtures>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCsp?: (t: string) => void }).__reportCsp;
          report?.(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) {
          violations.push(msg.text());
        }
      });
      await use(violations);
      expect(violations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Signs in through the real form, reading the "SMS" from the demo banner. */
export async function signIn(page: Page, phone: string = PERSONAS.fzEmployee.phone): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/手机号|Phone number/).fill(phone);
  await page.getByRole('button', { name: /获取验证码|Get code/ }).click();
  const banner = page.getByText(/演示短信验证码|Demo SMS code/);
  await expect(banner).toBeVisible();
  const code = ((await banner.textContent()) ?? '').match(/\d{6}/)?.[0] ?? '';
  await page.getByLabel(/^验证码$|^SMS code$/).fill(code);
  await page.getByRole('button', { name: /^登录$|^Sign in$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * The screen has finished loading: the page's load event, no skeleton left, fonts in. Not
 * `networkidle` in the demo build: Chromium reports the demo backend's SharedWorker script as a
 * request of the page that never finishes (the worker lives on), so the network never idles.
 */
export async function waitForScreenSettled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator('.skeleton')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The four ways a screen must pass axe: both languages, each with and without elder mode. */
export const VARIANTS = [
  { name: 'zh-CN', lang: 'zh-CN', elder: false },
  { name: 'en-US', lang: 'en-US', elder: false },
  { name: 'zh-CN elder', lang: 'zh-CN', elder: true },
  { name: 'en-US elder', lang: 'en-US', elder: true },
] as const;
export type Variant = (typeof VARIANTS)[number];

/** Sets language and elder mode before any app script runs, on this and every later load. */
export async function useVariant(page: Page, variant: Variant): Promise<void> {
  await page.addInitScript(
    ({ lang, elder }) => {
      localStorage.setItem('ybt.lang', lang);
      localStorage.setItem('ybt.elder', elder ? '1' : '0');
    },
    { lang: variant.lang, elder: variant.elder },
  );
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Demo-backend controls go through the app's own panel, as support staff would use them. */
export async function setErrorRate(page: Page, percent: number): Promise<void> {
  await page.goto('/demo');
  const slider = page.getByLabel(/接口出错率|API error rate/);
  await slider.fill(String(percent));
  await expect(page.getByText(new RegExp(`${percent}%`))).toBeVisible();
}

interface FaultSettings {
  latencyMs: number;
  errorRate: number;
  offline: boolean;
  lostResponseRate: number;
  slowResponseRate: number;
}

/**
 * Sets the demo backend's faults (the rest off) through its own control endpoint, from inside
 * the page (the backend lives there), so the screen under test stays as it is.
 */
export async function setFaultsInPage(
  page: Page,
  faults: Partial<FaultSettings> = {},
): Promise<void> {
  const settings: FaultSettings = {
    latencyMs: 0,
    errorRate: 0,
    offline: false,
    lostResponseRate: 0,
    slowResponseRate: 0,
    ...faults,
  };
  await page.evaluate(
    (body) =>
      fetch('/api/__demo/faults', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body,
      }),
    JSON.stringify(settings),
  );
}

/** Clears every fault, from inside the page. */
export async function clearFaultsInPage(page: Page): Promise<void> {
  await setFaultsInPage(page);
}
