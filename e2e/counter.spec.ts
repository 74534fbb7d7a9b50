import type { Page } from '@playwright/test';
import { measureLayout } from './layout-checks';
import {
  expect,
  expectNoAxeViolations,
  test,
  useVariant,
  VARIANTS,
  waitForScreenSettled,
  type Variant,
} from './fixtures';
import { billWalkIn, counterReads, payThroughApi, phoneShowsCode } from './settlement-helpers';
import { apiAsPerson } from './voucher-helpers';

/*
 * The counter in one tab, the person's phone in another of the same browser (one demo backend):
 * 张建国 shows his code, the counter reads it, bills him, and sees his payment by itself.
 */

const HOSPITAL = '重庆医科大学附属第一医院 · 三级医院';
const PHARMACY = 'ph-049681';
const HAN = /\p{Script=Han}/u;

test('a hospital desk bills a walk-in, sees the phone pay within 2 s, and dispenses', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const ecToken = await phoneShowsCode(page, { via: 'address' });
  const counter = await counterReads(context, { label: HOSPITAL }, ecToken);
  await expect(counter.getByText('退休')).toBeVisible();
  await billWalkIn(counter);
  await expect(counter.getByText('统筹基金支付')).toBeVisible();

  await payThroughApi(page);
  // The other tab's change announcement (or the 1.5 s poll) brings it without a reload.
  await expect(counter.getByText(/^已支付$/)).toBeVisible({ timeout: 2_500 });
  await counter.getByRole('button', { name: '发药' }).click();
  await expect(counter.getByText(/^已于 .* 发药$/)).toBeVisible();
});

test('a used code is refused with its reason, and the code stays in the field', async ({
  page,
  context,
}) => {
  const ecToken = await phoneShowsCode(page, { via: 'address' });
  await counterReads(context, { label: HOSPITAL }, ecToken);
  const again = await context.newPage();
  await again.goto('/demo/counter');
  await again.getByLabel('机构').selectOption({ label: HOSPITAL });
  const field = again.getByRole('textbox', { name: '医保码内容' });
  await field.fill(ecToken);
  await again.getByRole('button', { name: '读取医保码' }).click();
  await expect(again.getByText(/这个医保码已经扫过/)).toBeVisible();
  await expect(field).toHaveValue(ecToken);
});

test('his pharmacy lists the sent prescription, wants a reason to refuse, approves and bills', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const ecToken = await phoneShowsCode(page, { via: 'address' });
  const counter = await counterReads(context, { value: PHARMACY }, ecToken);
  const rx = counter.getByRole('article').filter({ hasText: '待取药' });
  await expect(rx).toHaveCount(1);
  await expect(rx.getByText(/平台价/).first()).toBeVisible();

  await rx.getByRole('button', { name: '拒绝调配' }).click();
  await rx.getByRole('button', { name: '确认拒绝' }).click();
  await expect(rx.getByText('请填写拒绝原因')).toBeVisible();

  await rx.getByRole('button', { name: '审核通过' }).click();
  await expect(rx.getByText('已审核通过')).toBeVisible();
  await expect(rx.getByRole('textbox', { name: /^单价（元）：/ }).first()).toHaveValue(
    /^\d+\.\d{2}$/,
  );
  await rx.getByRole('button', { name: '结算' }).click();
  await expect(counter.getByText(/^待支付$/)).toBeVisible();
});

async function checkScreen(counter: Page, variant: Variant, where: string): Promise<string[]> {
  await waitForScreenSettled(counter);
  await expectNoAxeViolations(counter);
  const problems: string[] = [];
  for (const width of [320, 360, 412]) {
    await counter.setViewportSize({ width, height: 800 });
    await counter.waitForTimeout(100);
    for (const what of await measureLayout(counter, variant.elder ? 60 : 44)) {
      problems.push(`${where} ${width}: ${what}`);
    }
  }
  await counter.setViewportSize({ width: 412, height: 915 });
  if (variant.lang === 'en-US') {
    // Data keeps its own language (lang="zh-CN": names, drugs); the UI leaves no Chinese.
    const lines = await counter.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang="zh-CN"], script, style').forEach((el) => el.remove());
      document.body.append(copy);
      const text = copy.innerText;
      copy.remove();
      return text.split('\n');
    });
    problems.push(...lines.filter((l) => HAN.test(l)).map((l) => `${where}: Chinese UI "${l}"`));
  }
  return problems;
}

for (const variant of VARIANTS) {
  test(`axe, tap targets, widths and language on the counter and its bill, ${variant.name}`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await useVariant(page, variant);
    const ecToken = await phoneShowsCode(page, { via: 'address' });
    const counter = await context.newPage();
    await counter.goto('/demo/counter');
    await counter.getByLabel(/^(机构|Institution)$/).selectOption('hs-cq-3');
    await expect(counter.getByRole('textbox', { name: /医保码内容|Code content/ })).toBeVisible();
    const problems = await checkScreen(counter, variant, 'scan');

    await counter.getByRole('textbox', { name: /医保码内容|Code content/ }).fill(ecToken);
    await counter.getByRole('button', { name: /读取医保码|Read code/ }).click();
    await expect(counter.getByText('张*国')).toBeVisible();
    await billWalkIn(counter);
    await counter.getByText(/^(计算依据|How it was worked out)$/).click();
    problems.push(...(await checkScreen(counter, variant, 'bill')));

    // The person's side of that bill: the list, the bill with its cited steps and the pay panel,
    // then the receipt once paid.
    const list = await apiAsPerson(page, 'GET', '/settlements');
    const billId = (list.body as { items: { id: string }[] }).items[0]?.id ?? 'missing';
    await page.goto('/settlements');
    await expect(page.locator('h1')).toBeVisible();
    problems.push(...(await checkScreen(page, variant, 'phone list')));
    await page.goto(`/settlements/${billId}`);
    await page.getByText(/^(医保怎么算的|How the insurance worked it out)$/).click();
    await expect(page.getByRole('heading', { name: /^(支付|Pay)$/ })).toBeVisible();
    problems.push(...(await checkScreen(page, variant, 'phone bill')));
    await payThroughApi(page);
    await page.reload();
    await expect(
      page.getByRole('heading', { name: /^(电子结算单|Settlement receipt)/ }),
    ).toBeVisible();
    problems.push(...(await checkScreen(page, variant, 'phone receipt')));

    // The pharmacy's screens: the prescription, the refusal's reason field, then the prices.
    const next = await apiAsPerson(page, 'POST', '/voucher/code', {});
    const nextToken = (next.body as { ecToken: string }).ecToken;
    await counter.getByRole('button', { name: /结束，接待下一位|Finish, next person/ }).click();
    await counter.getByLabel(/^(机构|Institution)$/).selectOption(PHARMACY);
    await counter.getByRole('textbox', { name: /医保码内容|Code content/ }).fill(nextToken);
    await counter.getByRole('button', { name: /读取医保码|Read code/ }).click();
    const rx = counter.getByRole('article').filter({ hasText: /待取药|To collect/ });
    await rx.getByRole('button', { name: /拒绝调配|Refuse to dispense/ }).click();
    await rx.getByRole('button', { name: /确认拒绝|Confirm refusal/ }).click();
    await expect(rx.getByText(/请填写拒绝原因|Give a reason for refusing/)).toBeVisible();
    problems.push(...(await checkScreen(counter, variant, 'review')));
    await rx.getByRole('button', { name: /审核通过|Approve/ }).click();
    await expect(rx.getByText(/^(已审核通过|Approved)$/)).toBeVisible();
    problems.push(...(await checkScreen(counter, variant, 'prices')));
    expect(problems).toEqual([]);
  });
}
