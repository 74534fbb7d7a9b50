import { expect, PERSONAS, signIn, test } from './fixtures';
import {
  counterReads,
  HOSPITAL_LEVEL_3,
  phonePays,
  phoneShowsCode,
  phoneWaitsOnHome,
} from './settlement-helpers';

/*
 * 查药品追溯码 (docs/decisions/025) on the demo build: a box settled at the counter and paid on
 * the phone is "sold once" from its receipt's link; the demo console's "settle this box again"
 * makes it "sold more than once". A wrong form is named before anything is sent, and offline
 * nothing is sent at all.
 */

const FIELD = '药品追溯码（20 位数字）';

test('a box from the receipt is sold once; settled again in the demo console, sold more than once', async ({
  page: phone,
  context,
}) => {
  test.setTimeout(120_000);
  const code = await phoneShowsCode(phone);
  const counter = await counterReads(context, HOSPITAL_LEVEL_3, code);
  await phoneWaitsOnHome(phone);

  await counter.getByRole('searchbox', { name: '查找药品' }).fill('二甲双胍');
  await counter.getByLabel('药品', { exact: true }).selectOption({ index: 1 });
  await counter.getByRole('textbox', { name: '数量', exact: true }).fill('2');
  await counter.getByRole('button', { name: '添加项目' }).click();
  await counter.getByRole('button', { name: '结算' }).click();
  await expect(counter.getByText(/^待支付$/)).toBeVisible();
  await phonePays(phone, null);

  // The receipt lists each box's code; each is a link to its check.
  await phone.getByText('药品追溯码', { exact: true }).click();
  const links = phone.getByRole('link', { name: /^查询追溯码 \d{20}$/ });
  await expect(links).toHaveCount(2);
  const boxCode = ((await links.first().textContent()) ?? '').trim();
  expect(boxCode).toMatch(/^\d{20}$/);
  await links.first().click();
  await expect(phone).toHaveURL(new RegExp(`/safety\\?trace=${boxCode}$`));
  await expect(phone.getByRole('heading', { name: '这盒药已销售过 1 次' })).toBeVisible();
  await expect(phone.getByRole('textbox', { name: FIELD })).toHaveValue(boxCode);
  const sales = phone.getByRole('list', { name: '销售记录' });
  await expect(sales.getByText('重庆**医院')).toBeVisible();
  await expect(sales.getByText('您本人的购药记录')).toBeVisible();

  // Support staff settle the same box again from the demo console (the counter's tab).
  await counter.goto('/demo');
  await counter.getByRole('textbox', { name: '结算单上的追溯码' }).fill(boxCode);
  await counter.getByRole('button', { name: '再结算一次这盒药' }).click();
  await expect(
    counter.getByRole('status').filter({ hasText: '已在另一家药店再结算一次' }),
  ).toBeVisible();

  await phone.getByRole('button', { name: '查询', exact: true }).click();
  await expect(
    phone.getByRole('heading', { name: '这盒药已被销售过 2 次，可能是回流药' }),
  ).toBeVisible();
  await expect(sales.getByRole('listitem')).toHaveCount(2);
  await expect(phone.getByText('不要购买或服用这盒药。')).toBeVisible();
  await expect(phone.getByRole('link', { name: /医保服务热线\s*12393/ })).toHaveAttribute(
    'href',
    'tel:12393',
  );
});

test('a wrong form is named before anything is sent; full-width digits and spaces are tidied; offline nothing is sent', async ({
  page,
  context,
}) => {
  await signIn(page, PERSONAS.cqRetiree.phone);
  // The demo backend answers inside the page, so Playwright sees no API request to count; that
  // nothing is sent is proved by src/app/routes/safety.test.tsx, which watches the backend.
  await page.goto('/safety');
  const field = page.getByRole('textbox', { name: FIELD });
  const submit = page.getByRole('button', { name: '查询', exact: true });

  await field.fill('8123456789012345678');
  await submit.click();
  await expect(page.getByText('位数不够：您输入了 19 位，追溯码是 20 位数字。')).toBeVisible();
  await field.fill('812345678901234567890');
  await submit.click();
  await expect(page.getByText('位数多了：您输入了 21 位，追溯码是 20 位数字。')).toBeVisible();
  await field.fill('8123456789O123456789');
  await submit.click();
  await expect(page.getByText('追溯码只包含数字，请去掉字母和其他符号。')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(0);

  await field.fill('９１２３ ４５６７ 8901-2345 6789');
  await submit.click();
  await expect(page.getByRole('heading', { name: '这个追溯码还没有销售记录' })).toBeVisible();
  await expect(page.getByText('查询的追溯码：9123 4567 8901 2345 6789')).toBeVisible();

  await context.setOffline(true);
  await field.fill('91234567890123456788');
  await submit.click();
  await expect(page.getByText(/查询追溯码需要联网/)).toBeVisible();
  await expect(page.getByRole('heading', { name: '这个追溯码还没有销售记录' })).toHaveCount(0);
  await context.setOffline(false);
});
