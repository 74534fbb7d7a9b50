import { expect, type BrowserContext, type Page } from '@playwright/test';
import { PERSONAS, signIn } from './fixtures';
import { apiAsPerson, decodeQr } from './voucher-helpers';

/*
 * The counter-and-phone flow shared by the settlement and traceability-code specs: the phone
 * signs in as 张建国 and shows his code, the demo counter reads it, and the phone pays the bill
 * from its banner with his e-voucher password.
 */

/** The seeded e-voucher password of the demo personas (mocks/seed.ts DEMO_VOUCHER_PASSWORD). */
export const PASSWORD = '802413';
export const PHARMACY = 'ph-049681';
export const HOSPITAL_LEVEL_3 = 'hs-cq-3';

/** The phone signs in as 张建国 and shows his code; returns what the QR holds. */
export async function phoneShowsCode(phone: Page): Promise<string> {
  await signIn(phone, PERSONAS.cqRetiree.phone);
  // A long code life, so a loaded machine cannot let it lapse between the two pages.
  await phone.evaluate(() =>
    fetch('/api/__demo/voucher', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ nextFaceFailure: null, tokenLifetimeSeconds: 300 }),
    }),
  );
  await phone.getByRole('link', { name: '医保电子凭证' }).click();
  await expect(phone).toHaveURL(/\/voucher$/);
  return decodeQr(phone);
}

export async function counterReads(
  context: BrowserContext,
  place: string,
  code: string,
): Promise<Page> {
  const counter = await context.newPage();
  await counter.goto('/demo/counter');
  await counter.getByLabel('统筹地区').selectOption('500000');
  await counter.getByLabel('机构').selectOption(place);
  await counter.getByRole('textbox', { name: '医保码内容' }).fill(code);
  await counter.getByRole('button', { name: '读取医保码' }).click();
  await expect(counter.getByText('张*国')).toBeVisible();
  return counter;
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
  if (channel) await phone.getByRole('radio', { name: channel }).check();
  await phone.getByRole('button', { name: /^确认支付/ }).click();
  const dialog = phone.getByRole('dialog');
  await dialog.getByLabel('6 位医保电子凭证密码').fill(PASSWORD);
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(phone.getByRole('heading', { name: /电子结算单/ })).toBeVisible();
  await expect(phone.getByText('已支付').first()).toBeVisible();
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
    password: PASSWORD,
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
