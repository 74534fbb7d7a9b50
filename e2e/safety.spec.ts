import { expect, test } from './fixtures';

test('/safety: linked from home, tappable hotlines, and the message checker works offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: '识别诈骗短信' }).click();
  await expect(page).toHaveURL(/\/safety$/);
  await expect(page.getByRole('link', { name: /全国反诈专线\s*96110/ })).toHaveAttribute(
    'href',
    'tel:96110',
  );
  await expect(page.getByRole('link', { name: /厦门\s*0592-12333/ })).toHaveAttribute(
    'href',
    'tel:059212333',
  );

  // The service worker must own the page before the network goes away.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();

  const box = page.getByLabel('短信内容');
  await box.fill(
    '【医保中心】您的医保卡因信息不全将于24小时内停用，请立即点击 http://yb-gov.top/verify 重新认证。',
  );
  await page.getByRole('button', { name: '检查这条短信' }).click();
  await expect(page.getByText('很可能是诈骗')).toBeVisible();
  await expect(page.locator('mark', { hasText: 'http://yb-gov.top/verify' })).toBeVisible();
  await expect(page.getByText('24小时内', { exact: true })).toBeVisible();

  await box.fill('【国家医保服务平台】您的验证码为482913，5分钟内有效。请勿将验证码告知他人。');
  await page.getByRole('button', { name: '检查这条短信' }).click();
  await expect(page.getByText('没有发现常见的诈骗特征')).toBeVisible();
});
