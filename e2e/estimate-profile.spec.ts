import type { Page } from '@playwright/test';
import { expect, PERSONAS, signIn, test } from './fixtures';

const CQ_POLICY = '重庆市 · 重庆职工医保普通门诊统筹（2024年起）';

/** 张建国, the Chongqing retiree born 1954-03-15 (72 in the demo year), balance 3,860.50 元. */
async function expectChongqingRetiree(page: Page): Promise<void> {
  await expect(page.getByText('已按您的参保信息填好，可以修改。')).toBeVisible();
  await expect(page.getByRole('radio', { name: CQ_POLICY })).toBeChecked();
  await expect(page.getByRole('radio', { name: '退休' })).toBeChecked();
  await expect(page.getByLabel('个人账户余额（元）')).toHaveValue('3860.50');
  await expect(page.getByLabel('年龄', { exact: true })).toHaveValue('72');
}

async function storageDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const all = (s: Storage) =>
      Object.keys(s)
        .map((k) => `${k}=${s.getItem(k) ?? ''}`)
        .join('\n');
    return `${all(localStorage)}\n${all(sessionStorage)}`;
  });
}

test('the estimator starts from the signed-in retiree on a direct visit, a reload and an offline reload, and keeps the claims', async ({
  page,
  context,
}) => {
  await signIn(page, PERSONAS.cqRetiree.phone);
  // Typed into the address bar: nothing cached from the home screen's visit is needed.
  await page.goto('/estimate');
  await expectChongqingRetiree(page);

  await page.getByRole('button', { name: '添加费用' }).click();
  const claim = page.getByRole('group', { name: '第 1 笔', exact: true });
  await claim.getByLabel('日期').fill('2024-03-05');
  await claim.getByLabel('医保范围内费用（元）').fill('300');
  const result = page.getByRole('region', { name: '测算结果' });
  await expect(result.getByRole('article', { name: /^第 1 笔 · 2024-03-05/ })).toBeVisible();

  await page.reload();
  await expectChongqingRetiree(page);
  await expect(claim.getByLabel('医保范围内费用（元）')).toHaveValue('300');

  // Offline: the profile cannot be fetched, yet the estimate is still for a 72-year-old retiree.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await expectChongqingRetiree(page);
  await expect(claim.getByLabel('医保范围内费用（元）')).toHaveValue('300');
  await expect(result.getByRole('article', { name: /^第 1 笔 · 2024-03-05/ })).toBeVisible();
  await page.getByLabel('每次医保范围内费用（元）').fill('150');
  await expect(page.getByText(/退休人员（72 岁，已满 70 岁）按较高标准/)).toBeVisible();
  await context.setOffline(false);

  // The tab keeps amounts and insurance facts, never who the person is.
  const dump = await storageDump(page);
  expect(dump).toContain('"status":"retired"');
  expect(dump).toContain('"amountText":"300"');
  for (const identifying of [
    '张建国',
    PERSONAS.cqRetiree.phone,
    '500103195403150173',
    '1954-03-15',
  ])
    expect(dump).not.toContain(identifying);

  // Sign-out leaves neither the draft nor the facts behind.
  await page.goto('/me');
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page).toHaveURL(/\/login/);
  // The draft's module never loaded on 我的 after the reload; sign-out still clears its storage.
  const after = await storageDump(page);
  expect(after).not.toContain('386050');
  expect(after).not.toContain('"amountText":"300"');
  await page.goto('/estimate');
  await expect(page.getByRole('radio', { name: '在职' })).toBeChecked();
  await expect(page.getByText('已按您的参保信息填好，可以修改。')).toHaveCount(0);
  await expect(page.getByText('还没有费用，请添加一笔。')).toBeVisible();
});

for (const elder of [false, true]) {
  test(`every policy's full name is readable on a phone${elder ? ', in elder mode' : ''}`, async ({
    page,
  }) => {
    await page.addInitScript((on) => localStorage.setItem('ybt.elder', on ? '1' : '0'), elder);
    await page.goto('/estimate');
    const group = page.getByRole('group', { name: '参保地政策' });
    const names = [
      CQ_POLICY,
      '山西省 · 山西定点药店门诊统筹（2023年起）',
      '福建省福州市 · 福州住院按病种打包付费（DRG，2021年起）',
    ];
    for (const name of names) {
      const option = group.getByRole('radio', { name });
      await expect(option).toBeVisible();
      // The label's text is drawn in full: wrapped inside the screen, not clipped or scrolled.
      const label = option.locator('xpath=ancestor::label[1]');
      const box = await label.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return {
          clipped: el.scrollWidth > el.clientWidth + 1,
          right: r.right,
          viewport: document.documentElement.clientWidth,
        };
      });
      expect(box.clipped, name).toBe(false);
      expect(box.right, name).toBeLessThanOrEqual(box.viewport);
    }
    await group.getByRole('radio', { name: names[2] }).check();
    await expect(group.getByText('报销范围：住院；2021-07-20 起施行')).toBeVisible();
  });
}
