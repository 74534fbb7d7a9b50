import { clearFaultsInPage, expect, PERSONAS, setFaultsInPage, signIn, test } from './fixtures';

const FUZHOU = { latitude: 26.085, longitude: 119.296 };

test.use({ geolocation: FUZHOU, permissions: ['geolocation'] });

test('the list shows every status with the countdown', async ({ page }) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  await page.goto('/prescriptions');
  for (const status of ['待取药', '已流转药店', '已取药', '已过期', '已撤销']) {
    await expect(page.getByText(status, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByText(/^剩余 \d+ (小时|天)/).first()).toBeVisible();
  await expect(page.getByText('长期处方 · 8 周用量')).toBeVisible();
});

test('a prescription is sent to a pharmacy for pick-up and its code appears', async ({ page }) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  await page.goto('/prescriptions');
  await page
    .getByRole('link', { name: /^福建省立医院/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: '到药店取药' })).toBeVisible();
  const first = page.locator('.rx-pharmacy').first();
  await expect(first).toBeVisible();
  await first.getByRole('button', { name: '选择这家药店' }).click();
  await page.getByRole('button', { name: /^确认流转到/ }).click();
  await expect(page.getByRole('heading', { name: '处方已流转到药店' })).toBeVisible();
  await expect(page.getByTestId('pickup-code')).toHaveText(/^\d{8}$/);
  await expect(page.getByRole('img', { name: /^取药码二维码/ })).toBeVisible();
  // The status moved on, also in the list.
  await page.goto('/prescriptions');
  await expect(page.getByText('待取药', { exact: true })).toHaveCount(1);
});

test('each card in the list is one link named by hospital, drugs and date, a finger high', async ({
  page,
}) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  await page.goto('/prescriptions');
  const cards = page.locator('.rx-list > li');
  await expect(cards).toHaveCount(6);
  for (const card of await cards.all()) {
    // One target per card, and it is the card itself.
    await expect(card.getByRole('link')).toHaveCount(1);
    const link = card.getByRole('link');
    await expect(link).toHaveAccessibleName(/^\S.+ .+ .+ 开具于 /);
    const box = await link.boundingBox();
    const li = await card.boundingBox();
    expect(box && li && box.height >= 44 && Math.abs(box.height - li.height) < 1).toBe(true);
  }
  // The drug names show on the card, not only on the detail screen.
  const first = page.getByRole('link', { name: /^福建省立医院/ }).first();
  await expect(first).toContainText(/片|胶囊|颗粒|注射液|丸/);
});

test('after picking a pharmacy the method and the send button are right under the pick', async ({
  page,
}) => {
  await signIn(page, PERSONAS.cqRetiree.phone);
  await page.goto('/prescriptions/rx-cq-01');
  // Fifty pharmacies fill this prescription: the list starts short and grows on demand.
  await expect(page.locator('.rx-pharmacy')).toHaveCount(5);
  await page.getByRole('button', { name: /^再显示 10 家/ }).click();
  await expect(page.locator('.rx-pharmacy')).toHaveCount(15);
  await page.locator('.rx-pharmacy').first().getByRole('button', { name: '选择这家药店' }).click();
  const send = page.getByRole('button', { name: /^确认流转到/ });
  await expect(send).toBeInViewport();
  await expect(page.getByRole('radio', { name: '到店自取' })).toBeInViewport();
  const viewport = page.viewportSize();
  const box = await send.boundingBox();
  expect(box && viewport && box.y + box.height <= viewport.height).toBe(true);
  // Changing the pharmacy brings the list back.
  await page.getByRole('button', { name: '换一家药店' }).click();
  await expect(page.locator('.rx-pharmacy')).toHaveCount(15);
});

test('a delivery says the pharmacy delivers, not "show this code at the shop", and names delivery once', async ({
  page,
}) => {
  await signIn(page, PERSONAS.cqRetiree.phone);
  await page.goto('/prescriptions/rx-cq-01');
  const delivering = page.locator('.rx-pharmacy', { hasText: '配送费' }).first();
  await delivering.getByRole('button', { name: '选择这家药店' }).click();
  await page.getByRole('radio', { name: /送药上门/ }).check();
  await page.getByLabel('所在区县').fill('渝中区');
  await page.getByLabel('详细地址').fill('解放碑 1 号');
  await page.getByLabel('收件人').fill('张先生');
  await page.getByLabel('手机号').fill('13800001111');
  await page.getByRole('button', { name: /^确认流转到/ }).click();
  const card = page.locator('.rx-pickup');
  await expect(card.getByRole('heading', { name: '处方已流转到药店' })).toBeVisible();
  await expect(card).not.toContainText('到店后出示此码');
  await expect(card).toContainText('送到上面的地址');
  await expect(card.getByText('送药上门', { exact: true })).toHaveCount(1);
});

test('an expired prescription cannot be sent and says why', async ({ page }) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  await page.goto('/prescriptions/rx-fz-05');
  await expect(page.getByText(/已超过有效期/)).toBeVisible();
  await expect(page.getByRole('heading', { name: '到药店取药' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^确认流转到/ })).toHaveCount(0);
});

test('a delivery needs the district and a valid mobile number, and keeps what was typed', async ({
  page,
}) => {
  await signIn(page, PERSONAS.cqRetiree.phone);
  await page.goto('/prescriptions/rx-cq-01');
  await expect(page.getByText(/预计：医保基金/).first()).toBeVisible();
  const delivering = page.locator('.rx-pharmacy', { hasText: '配送费' }).first();
  await delivering.getByRole('button', { name: '选择这家药店' }).click();
  await page.getByRole('radio', { name: /送药上门/ }).check();
  await expect(page.getByText(/配送费 .*医保不报销/).last()).toBeVisible();
  await page.getByLabel('详细地址').fill('解放碑 1 号');
  await page.getByLabel('收件人').fill('张先生');
  await page.getByLabel('手机号').fill('1380000');
  await page.getByRole('button', { name: /^确认流转到/ }).click();
  await expect(page.getByText('请填写所在区县')).toBeVisible();
  await expect(page.getByText('手机号应为 11 位')).toBeVisible();
  await expect(page.getByLabel('详细地址')).toHaveValue('解放碑 1 号');
});

test('an unknown prescription id says so clearly', async ({ page }) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  await page.goto('/prescriptions/rx-nope');
  await expect(page.getByRole('alert')).toContainText('找不到这张处方');
});

test('a send whose answer is lost is retried with the same key: one send, the same code', async ({
  page,
}) => {
  await signIn(page, PERSONAS.fzEmployee.phone);
  await page.goto('/prescriptions/rx-fz-01');
  const first = page.locator('.rx-pharmacy').first();
  await first.getByRole('button', { name: '选择这家药店' }).click();
  await setFaultsInPage(page, { lostResponseRate: 100 });
  await page.getByRole('button', { name: /^确认流转到/ }).click();
  await expect(page.locator('.form__error[role="alert"]')).toBeVisible();
  await clearFaultsInPage(page);
  await page.getByRole('button', { name: /^确认流转到/ }).click();
  await expect(page.getByTestId('pickup-code')).toHaveText(/^\d{8}$/);
  const code = await page.getByTestId('pickup-code').textContent();
  await page.reload();
  await expect(page.getByTestId('pickup-code')).toHaveText(code ?? '');
});
