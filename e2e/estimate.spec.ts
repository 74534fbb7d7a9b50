import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

interface ClaimInput {
  date: string;
  kind: 'outpatient' | 'pharmacy' | 'inpatient';
  level: '1' | '2' | '3';
  amount: string;
  other?: string;
}

const claimGroup = (page: Page, n: number) =>
  page.getByRole('group', { name: `第 ${n} 笔`, exact: true });

async function addClaim(page: Page, n: number, claim: ClaimInput): Promise<void> {
  await page.getByRole('button', { name: '添加费用' }).click();
  const group = claimGroup(page, n);
  await group.getByLabel('日期').fill(claim.date);
  await group.getByLabel('类型').selectOption(claim.kind);
  await group.getByLabel(/等级/).selectOption(claim.level);
  await group.getByLabel('医保范围内费用（元）').fill(claim.amount);
  if (claim.other) await group.getByLabel(/特殊病种等已报销/).fill(claim.other);
}

/**
 * Chongqing, retired, unit-insured (source 004): deductible 100 元 a calendar year, the fund pays
 * 70 % at level 1–2 and 60 % at level 3; a pharmacy purchase takes the prescriber's level.
 * Account balance 250 元.
 *   1. 2024-03-05 outpatient, level 1, 300:  100 to the deductible, 200 × 70 % = 140 fund;
 *      share 160, all from the account (90 left).
 *   2. 2024-04-10 pharmacy, prescriber level 3, 500:  500 × 60 % = 300 fund; share 200,
 *      90 from the account, 110 cash.
 *   3. 2024-05-20 outpatient, level 2, 1,000 with 400 paid by a special-disease scheme:
 *      600 × 70 % = 420, fund 820; share 180 cash.
 * Totals: 1,800 = fund 1,260 (70 %) + account 250 (13.9 %) + cash 290 (16.1 %).
 */
async function estimateThreeChongqingClaims(page: Page): Promise<void> {
  await enterThreeChongqingClaims(page);
  await expectThreeChongqingClaimsEstimated(page);
}

async function enterThreeChongqingClaims(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: '报销测算', level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: '重庆市 · 重庆职工医保普通门诊统筹（2024年起）' }).check();
  await page.getByRole('radio', { name: '退休' }).check();
  await page.getByLabel('个人账户余额（元）').fill('250');
  await addClaim(page, 1, { date: '2024-03-05', kind: 'outpatient', level: '1', amount: '300' });
  await addClaim(page, 2, { date: '2024-04-10', kind: 'pharmacy', level: '3', amount: '500' });
  await addClaim(page, 3, {
    date: '2024-05-20',
    kind: 'outpatient',
    level: '2',
    amount: '1000',
    other: '400',
  });
}

async function expectThreeChongqingClaimsEstimated(page: Page): Promise<void> {
  const result = page.getByRole('region', { name: '测算结果' });
  const split = result.getByRole('figure', { name: '费用构成' });
  await expect(split.getByRole('listitem').filter({ hasText: '医保基金支付' })).toContainText(
    '1,260.00 元，占 70%',
  );
  await expect(split.getByRole('listitem').filter({ hasText: '个人账户支付' })).toContainText(
    '250.00 元，占 13.9%',
  );
  await expect(split.getByRole('listitem').filter({ hasText: '自己现金支付' })).toContainText(
    '290.00 元，占 16.1%',
  );
  await expect(result.getByText('1,800.00 元', { exact: true })).toBeVisible();

  const first = result.getByRole('article', { name: '第 1 笔 · 2024-03-05 · 门诊 · 300.00 元' });
  await expect(first).toContainText('基金 140.00 元 · 账户 160.00 元 · 现金 0.00 元');
  await expect(first.getByRole('listitem').first()).toContainText('这次有 100.00 元用来凑起付线');
  await expect(first.getByRole('listitem').first()).toContainText(
    '来源：重庆市医疗保障局、重庆市财政局《重庆市建立健全职工基本医疗保险门诊共济保障机制实施细则》及政策问答（渝医保发〔2023〕32号），《实施细则》第四条；问答八、十',
  );
  await expect(first).toContainText('200.00 元 × 70% = 140.00 元');

  const second = result.getByRole('article', {
    name: '第 2 笔 · 2024-04-10 · 药店凭处方买药 · 500.00 元',
  });
  await expect(second).toContainText('基金 300.00 元 · 账户 90.00 元 · 现金 110.00 元');
  await expect(second).toContainText(
    '按开处方的三级医院的比例报销 60%：500.00 元 × 60% = 300.00 元',
  );
  await expect(second).toContainText('（渝医保发〔2023〕32号），《实施细则》第十二条；问答十三');

  const third = result.getByRole('article', { name: '第 3 笔 · 2024-05-20 · 门诊 · 1,000.00 元' });
  await expect(third).toContainText('基金 820.00 元 · 账户 0.00 元 · 现金 180.00 元');
  await expect(third).toContainText('已先付 400.00 元，剩下的 600.00 元再按这项政策报销');
  await expect(third).toContainText('600.00 元 × 70% = 420.00 元');

  await expect(page.getByRole('progressbar', { name: '起付线已用' })).toHaveAttribute(
    'aria-valuetext',
    '100.00 / 100.00 元',
  );
  await expect(page.getByRole('progressbar', { name: '年度报销限额已用' })).toHaveAttribute(
    'aria-valuetext',
    '860.00 / 4,000.00 元',
  );
}

test('estimate three Chongqing claims signed out, then again with no network at all', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: /报销测算/ }).click();
  await estimateThreeChongqingClaims(page);

  // The service worker must own the page before the network goes away.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  // The screen came from the service worker: the network itself is really gone.
  const networkAnswers = await page.evaluate(() =>
    fetch('/connectivity.txt', { method: 'HEAD', cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  );
  expect(networkAnswers).toBe(false);
  // The draft is kept for the tab: the reloads (the last one offline) bring every claim back.
  await expect(page.getByRole('group', { name: /^第 \d 笔$/ })).toHaveCount(3);
  await expectThreeChongqingClaimsEstimated(page);
  await context.setOffline(false);
});

test('bad amounts are explained next to the field and nothing typed is lost', async ({ page }) => {
  await page.goto('/estimate');
  await addClaim(page, 1, { date: '2024-03-05', kind: 'outpatient', level: '1', amount: '12.345' });
  const group = claimGroup(page, 1);
  const amount = group.getByLabel('医保范围内费用（元）');
  await expect(group.getByText('金额最多保留 2 位小数（精确到分）。')).toBeVisible();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveValue('12.345');
  await expect(page.getByText('有 1 笔费用未计入，按提示改正后即可计入。')).toBeVisible();

  await amount.fill('12元abc');
  await expect(group.getByText('请输入数字金额，例如 12.34。')).toBeVisible();
  await expect(amount).toHaveValue('12元abc');

  // Full-width digits and the Chinese full stop as the decimal point, as a Chinese keyboard types.
  await amount.fill('１２３。４５');
  await expect(amount).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByText(/笔费用未计入/)).toHaveCount(0);
  await expect(
    page.getByRole('article', { name: '第 1 笔 · 2024-03-05 · 门诊 · 123.45 元' }),
  ).toBeVisible();
});

const VARIANTS = [
  { name: 'zh-CN', lang: 'zh-CN', elder: false },
  { name: 'en-US', lang: 'en-US', elder: false },
  { name: 'zh-CN elder', lang: 'zh-CN', elder: true },
];

for (const variant of VARIANTS) {
  test(`axe: /estimate with a result, ${variant.name}`, async ({ page }) => {
    await page.addInitScript(
      ({ lang, elder }) => {
        localStorage.setItem('ybt.lang', lang);
        localStorage.setItem('ybt.elder', elder ? '1' : '0');
      },
      { lang: variant.lang, elder: variant.elder },
    );
    await page.goto('/estimate');
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page);

    // Fill one good and one bad claim so results, steps, meters and messages are all checked.
    const add = page.getByRole('button', { name: /添加费用|Add a cost/ });
    const amounts = page.getByLabel(/医保范围内费用（元）|Covered cost \(yuan\)/);
    await add.click();
    await amounts.nth(0).fill('300');
    await add.click();
    await amounts.nth(1).fill('1.234');
    await page.getByLabel(/每次医保范围内费用|Covered cost per visit/).fill('150');
    // Signed out the estimator starts as a Chongqing employee, whose monthly credit needs the base.
    await page.getByLabel(/月缴费基数|Monthly contribution base/).fill('6500');
    await page.getByText(/每月明细|Month by month/).click();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expectNoAxeViolations(page);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    if (variant.elder) {
      const addHeight = await add.evaluate((el) => el.getBoundingClientRect().height);
      expect(addHeight).toBeGreaterThanOrEqual(60);
    }
  });
}
