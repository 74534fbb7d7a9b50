import type { Page } from '@playwright/test';
import { expect, PERSONAS, signIn, test } from './fixtures';
import {
  balanceFen,
  counterReads,
  payOnBill,
  phonePays,
  phoneShowsCode,
  phoneWaitsOnHome,
  HOSPITAL_LEVEL_3,
  PHARMACY,
} from './settlement-helpers';
import { apiAsPerson } from './voucher-helpers';
import { formatFenAsYuan } from '@/rules/money';

/*
 * Two pages of one browser on one demo backend, each driven only through its own screens: the
 * person's phone shows its code and pays on the phone; the counter reads the code, bills, sees
 * the payment by itself and dispenses. The money is then checked against the ledger and the seed.
 */

type Bill = {
  id: string;
  status: string;
  policyRangeFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
  totalFen: number;
  outsideClaim: { reason: string; amountFen: number }[];
  yearBefore: { deductibleUsedFen: number; poolPaidFen: number };
  payment: { accountFen: number; mobileFen: number; channel: string | null } | null;
};

async function onlyBill(phone: Page): Promise<Bill> {
  const list = await apiAsPerson(phone, 'GET', '/settlements');
  const items = (list.body as { items: Bill[] }).items;
  expect(items).toHaveLength(1);
  return items[0] as Bill;
}

test('at his pharmacy: the counter bills a sent prescription, the phone pays by account and 微信支付, both show the receipt', async ({
  page: phone,
  context,
}) => {
  test.setTimeout(120_000);
  const code = await phoneShowsCode(phone);
  const before = await balanceFen(phone);
  const counter = await counterReads(context, PHARMACY, code);
  await phoneWaitsOnHome(phone);

  const rx = counter.getByRole('article').filter({ hasText: '待取药' });
  await rx.getByRole('button', { name: '审核通过' }).click();
  await expect(rx.getByText('已审核通过')).toBeVisible();
  // One yuan above the platform price on the first drug: that yuan is his cash, said why.
  const price = rx.getByRole('textbox', { name: /^单价（元）：/ }).first();
  const platform = Number(await price.inputValue());
  await price.fill((platform + 1).toFixed(2));
  await rx.getByRole('button', { name: '结算' }).click();
  await expect(counter.getByText(/^待支付$/)).toBeVisible();

  await phonePays(phone, '微信支付');
  const bill = await onlyBill(phone);
  expect(bill.status).toBe('paid');
  expect(bill.fundFen + bill.accountFen + bill.cashFen).toBe(bill.totalFen);
  expect(bill.cashFen).toBeGreaterThan(0);
  expect(bill.accountFen).toBeGreaterThan(0);
  // One yuan on each unit of the first line: a whole number of yuan, all of it outside the claim.
  const above = bill.outsideClaim.find((o) => o.reason === 'above-platform-price');
  expect(above?.amountFen ?? 0).toBeGreaterThanOrEqual(100);
  expect((above?.amountFen ?? 1) % 100).toBe(0);
  expect(bill.cashFen).toBeGreaterThanOrEqual(above?.amountFen ?? Number.POSITIVE_INFINITY);
  expect(bill.payment).toEqual({
    paidAtMs: expect.any(Number) as unknown,
    accountFen: bill.accountFen,
    mobileFen: bill.cashFen,
    channel: 'wechat',
  });
  // The receipt on the phone names the same three amounts.
  for (const fen of [bill.fundFen, bill.accountFen, bill.cashFen]) {
    await expect(phone.getByText(formatFenAsYuan(fen), { exact: false }).first()).toBeVisible();
  }
  expect(await balanceFen(phone)).toBe(before - bill.accountFen);

  // The counter sees it paid without a reload, with what came from where, and dispenses.
  await expect(counter.getByText(/^已支付$/)).toBeVisible({ timeout: 2_500 });
  await expect(
    counter.getByText(
      `个人账户 ${formatFenAsYuan(bill.accountFen)} 元，微信支付 ${formatFenAsYuan(bill.cashFen)} 元`,
      { exact: false },
    ),
  ).toBeVisible();
  await counter.getByRole('button', { name: '发药' }).click();
  await expect(counter.getByText(/^已于 .* 发药$/)).toBeVisible();
});

test('at a level-3 hospital desk: his walk-in splits by the seed’s retiree ratio, the phone pays, the balance falls by the account share', async ({
  page: phone,
  context,
}) => {
  test.setTimeout(120_000);
  const code = await phoneShowsCode(phone);
  const before = await balanceFen(phone);
  const counter = await counterReads(context, HOSPITAL_LEVEL_3, code);
  await phoneWaitsOnHome(phone);

  await counter.getByRole('searchbox', { name: '查找药品' }).fill('二甲双胍');
  await counter.getByLabel('药品', { exact: true }).selectOption({ index: 1 });
  await counter.getByRole('textbox', { name: '数量', exact: true }).fill('40');
  await counter.getByRole('button', { name: '添加项目' }).click();
  await counter.getByRole('button', { name: '结算' }).click();
  await expect(counter.getByText(/^待支付$/)).toBeVisible();

  const pending = await onlyBill(phone);
  // 004 (Chongqing, 职工医保门诊共济): a retiree's deductible is 100 元 a year and a level-3
  // institution pays 60 % above it; the cap (4,000 元) is far off for one visit.
  const deductibleLeft = Math.max(0, 10_000 - pending.yearBefore.deductibleUsedFen);
  const expectedFund = Math.floor(Math.max(0, pending.policyRangeFen - deductibleLeft) * 0.6);
  // Enough boxes to pass the deductible, so the ratio is what the fund share shows.
  expect(pending.policyRangeFen).toBeGreaterThan(deductibleLeft);
  expect(pending.fundFen).toBeGreaterThan(0);
  expect(Math.abs(pending.fundFen - expectedFund)).toBeLessThanOrEqual(1);
  expect(pending.fundFen + pending.accountFen + pending.cashFen).toBe(pending.totalFen);

  await phonePays(phone, pending.cashFen > 0 ? '微信支付' : null);
  await expect(phone.getByText(/60%|60 %/).first()).toBeAttached();
  const bill = await onlyBill(phone);
  expect(bill.status).toBe('paid');
  expect(await balanceFen(phone)).toBe(before - bill.accountFen);

  await expect(counter.getByText(/^已支付$/)).toBeVisible({ timeout: 2_500 });
  await counter.getByRole('button', { name: '发药' }).click();
  await expect(counter.getByText(/^已于 .* 发药$/)).toBeVisible();
});

test.describe('delivery', () => {
  // Where the person is, so the prescription's pharmacies are listed without a tap.
  test.use({ geolocation: { latitude: 26.085, longitude: 119.296 }, permissions: ['geolocation'] });

  test('a delivery is paid in the app before dispatch: the prescription links to its bill, and shows it paid', async ({
    page: phone,
  }) => {
    test.setTimeout(90_000);
    await signIn(phone, PERSONAS.cqRetiree.phone);
    const before = await balanceFen(phone);
    await phone.goto('/prescriptions/rx-cq-01');
    const delivering = phone.locator('.rx-pharmacy', { hasText: '配送费' }).first();
    await delivering.getByRole('button', { name: '选择这家药店' }).click();
    await phone.getByRole('radio', { name: /送药上门/ }).check();
    await phone.getByLabel('所在区县').fill('渝中区');
    await phone.getByLabel('详细地址').fill('解放碑 1 号');
    await phone.getByLabel('收件人').fill('张先生');
    await phone.getByLabel('手机号').fill('13800001111');
    await phone.getByRole('button', { name: /^确认流转到/ }).click();
    const card = phone.locator('.rx-pickup');
    await expect(card.getByText('待支付：付款后药店才发货')).toBeVisible();

    await card.getByRole('link', { name: '去支付' }).click();
    await expect(phone).toHaveURL(/\/settlements\/stl-/);
    await expect(phone.getByText(/配送费/).first()).toBeVisible();
    await payOnBill(phone, '微信支付');

    const bill = await onlyBill(phone);
    expect(bill.status).toBe('paid');
    expect(bill.outsideClaim.map((o) => o.reason)).toContain('delivery-fee');
    expect(await balanceFen(phone)).toBe(before - bill.accountFen);
    await phone.goto('/prescriptions/rx-cq-01');
    await expect(card.getByText('已支付，等待药店发货')).toBeVisible();
    await expect(card.getByRole('link', { name: '查看电子结算单' })).toHaveAttribute(
      'href',
      `/settlements/${bill.id}`,
    );
  });
});
