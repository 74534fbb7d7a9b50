import { expect, type BrowserContext, type Page } from '@playwright/test';
import { PERSONAS, signIn } from './fixtures';
import { apiAsPerson, decodeQr } from './voucher-helpers';

/*
 * The two sides of a settlement, each driven through its own screens: the person's phone shows
 * its code and pays; the counter (another tab of one browser, so one demo backend) reads the
 * code and bills. Shared by the counter, phone-payment and records specs.
 */

export const CQ_PASSWORD = '802413';
export const PHARMACY = 'ph-049681';
export const HOSPITAL_LEVEL_3 = 'hs-cq-3';

/** A long code life, so a loaded machine cannot let it lapse between the two pages. */
async function longCodeLife(phone: Page): Promise<void> {
  await phone.evaluate(() =>
    fetch('/api/__demo/voucher', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ nextFaceFailure: null, tokenLifetimeSeconds: 300 }),
    }),
  );
}

/** The phone signs in as 张建国 and shows his code; returns what the QR holds. */
export async function phoneShowsCode(
  phone: Page,
  { via = 'home' }: { via?: 'home' | 'address' } = {},
): Promise<string> {
  await signIn(phone, PERSONAS.cqRetiree.phone);
  await longCodeLife(phone);
  return phoneShowsCodeAgain(phone, via);
}

/** Already signed in: opens the e-voucher (a fresh code) and reads it. */
export async function phoneShowsCodeAgain(
  phone: Page,
  via: 'home' | 'address' = 'address',
): Promise<string> {
  if (via === 'home') {
    await phone.getByRole('link', { name: '医保电子凭证' }).click();
    await expect(phone).toHaveURL(/\/voucher$/);
  } else {
    await phone.goto('/voucher');
  }
  return decodeQr(phone);
}

/** A second tab plays the counter: picks the institution and reads the pasted code. */
export async function counterReads(
  context: BrowserContext,
  place: { label: string } | { value: string } | string,
  ecToken: string,
  counter?: Page,
): Promise<Page> {
  const page = counter ?? (await context.newPage());
  await page.goto('/demo/counter');
  await page.getByLabel(/^(统筹地区|Region)$/).selectOption('500000');
  await page.getByLabel(/^(机构|Institution)$/).selectOption(place);
  await page.getByRole('textbox', { name: /医保码内容|Code content/ }).fill(`  ${ecToken}\n`);
  await page.getByRole('button', { name: /读取医保码|Read code/ }).click();
  await expect(page.getByText('张*国')).toBeVisible();
  return page;
}

/** Adds `quantity` boxes of the first 二甲双胍 to the walk-in list; returns its unit price in fen. */
export async function addWalkIn(counter: Page, quantity: number): Promise<number> {
  await counter.getByRole('searchbox', { name: /查找药品|Find a drug/ }).fill('二甲双胍');
  await counter.getByLabel(/^(药品|Drug)$/).selectOption({ index: 1 });
  await counter.getByRole('textbox', { name: /^(数量|Quantity)$/ }).fill(String(quantity));
  await counter.getByRole('button', { name: /添加项目|Add item/ }).click();
  const line = counter.getByText(/× (¥[\d,]+\.\d{2}|[\d,]+\.\d{2} 元)/).first();
  await expect(line).toBeVisible();
  const price = /× ¥?([\d,]+)\.(\d{2})/.exec((await line.textContent()) ?? '');
  if (price === null) throw new Error('no unit price on the walk-in line');
  return Number((price[1] ?? '').replace(/,/g, '')) * 100 + Number(price[2]);
}

/** Bills what the counter holds and waits for the bill to stand. */
export async function counterSettles(counter: Page): Promise<void> {
  await counter.getByRole('button', { name: /^(结算|Settle)$/ }).click();
  await expect(counter.getByText(/^(待支付|Waiting for payment)$/)).toBeVisible();
}

export async function billWalkIn(counter: Page, quantity = 2): Promise<void> {
  await addWalkIn(counter, quantity);
  await counterSettles(counter);
}

/** Back on home by the tab bar (no reload): the bill must come to it by itself. */
export async function phoneWaitsOnHome(phone: Page): Promise<void> {
  await phone.getByRole('link', { name: '首页' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The phone pays the bill from the banner: channel if there is cash, then the password. */
export async function phonePays(phone: Page, channel: '微信支付' | null): Promise<void> {
  const banner = phone.getByRole('status').filter({ hasText: '待支付的医保结算单' });
  // Within 2 s of the counter's bill (the tab's change announcement, or the poll behind it).
  await expect(banner).toBeVisible({ timeout: 2_000 });
  await banner.getByRole('link', { name: '去支付' }).click();
  await expect(phone.getByRole('heading', { name: /结算单/ }).first()).toBeVisible();
  await payOnBill(phone, channel);
  await expect(phone.getByText('已支付').first()).toBeVisible();
}

/** On the bill's screen: the channel for the cash, 确认支付, the password, then the receipt. */
export async function payOnBill(phone: Page, channel: '微信支付' | null): Promise<void> {
  if (channel) await phone.getByRole('radio', { name: channel }).check();
  await phone.getByRole('button', { name: /^确认支付/ }).click();
  const dialog = phone.getByRole('dialog');
  await dialog.getByLabel('6 位医保电子凭证密码').fill(CQ_PASSWORD);
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(phone.getByRole('heading', { name: /电子结算单/ })).toBeVisible();
}

/** The phone's side through the API (for specs about the counter): re-authenticate and pay. */
export async function payThroughApi(phone: Page): Promise<void> {
  const list = await apiAsPerson(phone, 'GET', '/settlements');
  const bill = (
    list.body as { items: { id: string; cashFen: number; status: string }[] }
  ).items.find((b) => b.status === 'pending');
  if (!bill) throw new Error('no bill on the phone');
  const reauth = await apiAsPerson(phone, 'POST', '/auth/reauth', {
    method: 'voucher-password',
    password: CQ_PASSWORD,
  });
  const grant = (reauth.body as { grant?: string }).grant;
  const paid = await apiAsPerson(phone, 'POST', `/settlements/${bill.id}/pay`, {
    channel: bill.cashFen > 0 ? 'wechat' : null,
    cashFen: bill.cashFen,
    reauthGrant: grant,
  });
  expect(paid.status).toBe(200);
}

export async function balanceFen(phone: Page): Promise<number> {
  const me = await apiAsPerson(phone, 'GET', '/me');
  return (me.body as { insurance: { personalAccountBalanceFen: number } }).insurance
    .personalAccountBalanceFen;
}

/**
 * A box sold to the signed-in person through the API from inside the page (a walk-in at the
 * Chongqing level-3 desk, paid from his account), for screens that need a sale but test
 * nothing of the counter; returns the box's traceability code.
 */
export async function boxSoldByApi(page: Page): Promise<string> {
  const issued = await apiAsPerson(page, 'POST', '/voucher/code', {});
  const { ecToken } = issued.body as { ecToken: string };
  const visit = await apiAsPerson(page, 'POST', '/counter/visits', {
    institutionId: HOSPITAL_LEVEL_3,
    ecToken,
  });
  const visitId = (visit.body as { id: string }).id;
  const drugs = await apiAsPerson(page, 'GET', '/counter/drugs');
  const drug = (
    drugs.body as { items: { code: string; pooled: boolean; platformPriceFen: number }[] }
  ).items.find((d) => d.pooled);
  if (drug === undefined) throw new Error('no pooled drug');
  const billed = await apiAsPerson(page, 'POST', `/counter/visits/${visitId}/settlements`, {
    prescriptionId: null,
    items: [{ drugCode: drug.code, quantity: 1, unitPriceFen: drug.platformPriceFen }],
  });
  const bill = billed.body as { id: string; cashFen: number; items: { traceCodes: string[] }[] };
  const grant = await apiAsPerson(page, 'POST', '/auth/reauth', {
    method: 'voucher-password',
    password: CQ_PASSWORD,
  });
  const paid = await apiAsPerson(page, 'POST', `/settlements/${bill.id}/pay`, {
    channel: bill.cashFen > 0 ? 'wechat' : null,
    cashFen: bill.cashFen,
    reauthGrant: (grant.body as { grant: string }).grant,
  });
  expect(paid.status).toBe(200);
  const code = bill.items[0]?.traceCodes[0];
  if (code === undefined) throw new Error('no traceability code on the bill');
  return code;
}
