import { expect, signIn, test } from './fixtures';

test('after one visit the app reloads offline, with the shell and the offline banner', async ({
  page,
  context,
}) => {
  await signIn(page);
  await expect(page.getByText('个人账户余额')).toBeVisible();
  // The service worker must own the page before the network goes away.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: '医保通', level: 1 })).toBeVisible();
  await expect(page.getByText('当前处于离线状态，需要联网的功能暂不可用')).toBeVisible();
  // A screen that needs the network says so, with a retry that works once back online.
  await expect(page.getByText('网络不可用，请检查网络连接后重试')).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByText('个人账户余额')).toBeVisible();
  await expect(page.getByText('当前处于离线状态，需要联网的功能暂不可用')).toHaveCount(0);
});
