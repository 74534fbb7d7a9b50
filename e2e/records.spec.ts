import type { Page } from '@playwright/test';
import { chinaDateOf } from '@/rules/dates';
import { formatFenAsYuan } from '@/rules/money';
import {
  expect,
  expectNoAxeViolations,
  PERSONAS,
  signIn,
  test,
  useVariant,
  VARIANTS,
  waitForScreenSettled,
} from './fixtures';
import {
  addWalkIn,
  counterReads,
  counterSettles,
  phonePays,
  phoneShowsCode,
  phoneShowsCodeAgain,
  phoneWaitsOnHome,
  HOSPITAL_LEVEL_3,
  PHARMACY,
} from './settlement-helpers';
import { apiAsPerson } from './voucher-helpers';

/*
 * Medical-expense records (docs/decisions/024): what settlement wrote, read back on the phone,
 * by the estimator, and by a family member through 亲情账户.
 */

const ZHANG = { name: '张建国', idNumber: '500103195403150173' };

type Bill = {
  id: string;
  status: string;
  institution: { name: string };
  totalFen: number;
  policyRangeFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
};

type Totals = {
  settlementCount: number;
  totalFen: number;
  policyRangeFen: number;
  fundFen: number;
  accountPaidFen: number;
  cashFen: number;
  deductibleUsedFen: number;
  deductibleFen: number | null;
  capUsedFen: number;
  capFen: number | null;
};

/** As the screens print money: 1,234.56 */
const yuan = (fen: number) => formatFenAsYuan(fen);

/** Today in China, as the estimator's claim date wants it. */
const chinaToday = () => chinaDateOf(Date.now());

async function bills(phone: Page): Promise<Bill[]> {
  const list = await apiAsPerson(phone, 'GET', '/settlements');
  return (list.body as { items: Bill[] }).items;
}

async function totals(phone: Page): Promise<Totals> {
  const records = await apiAsPerson(phone, 'GET', '/records');
  expect(records.status).toBe(200);
  return (records.body as { totals: Totals }).totals;
}

/** Pays the one pending bill from the home banner, by 微信支付 when there is cash left. */
async function payPending(phone: Page): Promise<void> {
  const pending = (await bills(phone)).find((b) => b.status === 'pending');
  if (!pending) throw new Error('no pending bill');
  await phoneWaitsOnHome(phone);
  await phonePays(phone, pending.cashFen > 0 ? '微信支付' : null);
}

const totalRow = (page: Page, label: string) =>
  page.locator('.records-totals > div').filter({ has: page.getByText(label, { exact: true }) });

test('two settlements, at a pharmacy and a hospital desk: /records shows both and the year’s totals; the estimator starts there, and a new claim splits as the counter then bills it', async ({
  page: phone,
  context,
}) => {
  test.setTimeout(180_000);
  // 1. His pharmacy dispenses the prescription sent to it, at the platform price.
  const first = await phoneShowsCode(phone);
  const counter = await counterReads(context, PHARMACY, first);
  const rx = counter.getByRole('article').filter({ hasText: '待取药' });
  await rx.getByRole('button', { name: '审核通过' }).click();
  await expect(rx.getByText('已审核通过')).toBeVisible();
  await rx.getByRole('button', { name: '结算' }).click();
  await expect(counter.getByText(/^待支付$/)).toBeVisible();
  await payPending(phone);

  // 2. A level-3 hospital desk bills a walk-in: a new code, the same counter tab.
  const second = await phoneShowsCodeAgain(phone);
  await counterReads(context, HOSPITAL_LEVEL_3, second, counter);
  await addWalkIn(counter, 30);
  await counterSettles(counter);
  await payPending(phone);

  const paid = await bills(phone);
  expect(paid.map((b) => b.status)).toEqual(['paid', 'paid']);
  const sum = (pick: (b: Bill) => number) => paid.reduce((s, b) => s + pick(b), 0);
  const year = await totals(phone);
  expect(year.settlementCount).toBe(2);
  expect(year.totalFen).toBe(sum((b) => b.totalFen));
  expect(year.fundFen).toBe(sum((b) => b.fundFen));
  expect(year.accountPaidFen).toBe(sum((b) => b.accountFen));
  expect(year.cashFen).toBe(sum((b) => b.cashFen));
  // 004: a Chongqing retiree's deductible is 100 元 a year and the cap 4,000 元.
  expect(year.deductibleFen).toBe(10_000);
  expect(year.capFen).toBe(400_000);
  expect(year.capUsedFen).toBe(year.fundFen);

  // On the screen, from the home tile.
  await phoneWaitsOnHome(phone);
  await phone.getByRole('link', { name: /费用记录/ }).click();
  await expect(phone.getByRole('heading', { name: '医疗费用记录', level: 1 })).toBeVisible();
  await expect(phone.getByText(/截至 \d{4}-\d{2}-\d{2}，共 2 笔结算/)).toBeVisible();
  for (const [label, fen] of [
    ['医疗费用', year.totalFen],
    ['政策范围内费用', year.policyRangeFen],
    ['医保基金支付', year.fundFen],
    ['个人账户支付', year.accountPaidFen],
    ['现金支付', year.cashFen],
  ] as const) {
    await expect(totalRow(phone, label)).toContainText(`${yuan(fen)} 元`);
  }
  await expect(phone.getByRole('progressbar', { name: '起付线已用' })).toHaveAttribute(
    'aria-valuetext',
    `${yuan(year.deductibleUsedFen)} / 100.00 元`,
  );
  await expect(phone.getByRole('progressbar', { name: '统筹限额已用' })).toHaveAttribute(
    'aria-valuetext',
    `${yuan(year.capUsedFen)} / 4,000.00 元`,
  );
  const list = phone.getByRole('region', { name: '记录列表' });
  for (const bill of paid) {
    const row = list.getByRole('listitem').filter({ hasText: bill.institution.name });
    await expect(row).toContainText(
      `基金 ${yuan(bill.fundFen)} 元 · 个人账户 ${yuan(bill.accountFen)} 元 · 现金 ${yuan(bill.cashFen)} 元`,
    );
  }
  // The kind filter keeps only the bills; a receipt opens from its line.
  // The filter lives in the URL: the radio is checked once the navigation commits, which
  // `check()` does not wait for, so click and then wait for the state.
  const billsOnly = phone.getByRole('radio', { name: '结算' });
  await billsOnly.click();
  await expect(billsOnly).toBeChecked();
  await expect(phone).toHaveURL(/kind=settlement/);
  await expect(list.getByText('个人账户每月划入')).toHaveCount(0);
  await list.getByRole('link', { name: '查看电子结算单' }).first().click();
  await expect(phone).toHaveURL(/\/settlements\/stl-/);

  // 3. The estimator, signed in, starts from the year so far.
  await phone.goto('/estimate');
  await expect(
    phone.getByText(
      new RegExp(
        `据您的 2 笔医保结算：起付线已用 ${yuan(year.deductibleUsedFen)} 元，统筹基金已付 ${yuan(year.capUsedFen)} 元`,
      ),
    ),
  ).toBeVisible();
  // The next visit, set up at the counter but not yet billed: 20 boxes at level 3.
  const third = await phoneShowsCodeAgain(phone);
  await counterReads(context, HOSPITAL_LEVEL_3, third, counter);
  const unitFen = await addWalkIn(counter, 20);
  await phone.goto('/estimate');
  await phone.getByRole('button', { name: '添加费用' }).click();
  const claim = phone.getByRole('group', { name: '第 1 笔', exact: true });
  await claim.getByLabel('日期').fill(chinaToday());
  await claim.getByLabel('类型').selectOption('outpatient');
  await claim.getByLabel(/等级/).selectOption('3');
  await claim.getByLabel('医保范围内费用（元）').fill(((20 * unitFen) / 100).toFixed(2));
  const estimated = phone.getByRole('region', { name: '测算结果' }).getByRole('article').first();
  await expect(estimated).toContainText(/基金 [\d,.]+ 元 · 账户 [\d,.]+ 元 · 现金 [\d,.]+ 元/);
  const estimate = /基金 ([\d,.]+) 元 · 账户 ([\d,.]+) 元 · 现金 ([\d,.]+) 元/.exec(
    (await estimated.textContent()) ?? '',
  );

  await counterSettles(counter);
  const billed = (await bills(phone)).find((b) => b.status === 'pending');
  expect(billed?.policyRangeFen).toBe(20 * unitFen);
  expect(estimate?.slice(1)).toEqual([
    yuan(billed?.fundFen ?? -1),
    yuan(billed?.accountFen ?? -1),
    yuan(billed?.cashFen ?? -1),
  ]);
});

/** 林晓燕 adds her father 张建国 to her proxy account, with his own face check (by the API). */
async function addZhangAsFather(page: Page): Promise<string> {
  const check = await apiAsPerson(page, 'POST', '/voucher/face-check', {
    idNumber: ZHANG.idNumber,
    image: 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD',
  });
  const { faceCheckId } = check.body as { faceCheckId: string };
  const added = await apiAsPerson(page, 'POST', '/voucher/family', {
    relation: 'father',
    name: ZHANG.name,
    idNumber: ZHANG.idNumber,
    faceCheckId,
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  return (added.body as { id: string }).id;
}

test('a family member’s records open from 亲情账户; another person’s are refused; a member removed while open is said so', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, PERSONAS.fzEmployee.phone);
  const memberId = await addZhangAsFather(page);
  await page.goto('/voucher/family');
  await page.getByRole('link', { name: '张*国的医疗费用记录' }).click();
  await expect(page).toHaveURL(new RegExp(`/voucher/family/${memberId}/records`));
  await expect(page.getByRole('heading', { name: '家人的医疗费用记录', level: 1 })).toBeVisible();
  await expect(page.getByText('张*国 · 父亲')).toBeVisible();
  await expect(page.getByText('授权方式：本人人脸识别')).toBeVisible();
  // His own year (Chongqing): the monthly credits to his account, and his deductible meter.
  await expect(
    page.getByRole('region', { name: '记录列表' }).getByText('个人账户每月划入').first(),
  ).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '起付线已用' })).toHaveAttribute(
    'aria-valuetext',
    '0.00 / 100.00 元',
  );
  // Nobody's records without the link: a made-up member, and a member of nobody here.
  for (const id of ['pm-nobody', 'user-cq-0001']) {
    const refused = await apiAsPerson(page, 'GET', `/voucher/family/${id}/records`);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain('张建国');
  }
  // Removed (here on another device, say) while his records are open: said, not an error.
  const removed = await apiAsPerson(page, 'DELETE', `/voucher/family/${memberId}`);
  expect(removed.status).toBeLessThan(300);
  await page.reload();
  await expect(page.getByText('这位家人已不在您的亲情账户中，无法查看其费用记录。')).toBeVisible();
  await expect(page.getByRole('link', { name: '返回亲情账户' })).toBeVisible();
});

test('a year with no settlements says why it is empty; a month to come is not offered', async ({
  page,
}) => {
  await signIn(page, PERSONAS.cqRetiree.phone);
  const lastYear = Number(chinaToday().slice(0, 4)) - 1;
  await page.goto(`/records?year=${lastYear}`);
  await expect(
    page.getByText(`${lastYear} 年没有医保结算，个人账户也没有进出。`, { exact: false }),
  ).toBeVisible();
  await page.goto('/records');
  const months = page.getByLabel('月份').locator('option');
  // 全年, then January up to this month in China.
  const thisMonth = Number(chinaToday().slice(5, 7));
  await expect(months).toHaveCount(thisMonth + 1);
  await expect(months.last()).toHaveText(`${thisMonth} 月`);
  const refused = await apiAsPerson(page, 'GET', `/records?year=${lastYear + 2}`);
  expect(refused).toMatchObject({ status: 400, body: { code: 'RECORDS_YEAR_INVALID' } });
});

for (const variant of VARIANTS) {
  test(`axe: records and a member’s records, ${variant.name}`, async ({ page }) => {
    await useVariant(page, variant);
    await signIn(page, PERSONAS.fzEmployee.phone);
    const memberId = await addZhangAsFather(page);
    for (const route of ['/records', `/voucher/family/${memberId}/records`]) {
      await page.goto(route);
      await expect(page.locator('h1')).toBeVisible();
      await waitForScreenSettled(page);
      await expectNoAxeViolations(page);
    }
  });
}
