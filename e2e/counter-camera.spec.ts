import { expect, test } from './fixtures';
import { FAKE_CAMERA } from './voucher-helpers';

// Chromium's fake camera (a moving test pattern, allowed without asking).
test.use(FAKE_CAMERA);

const HOSPITAL = '重庆医科大学附属第一医院 · 三级医院';

test('loads the QR decoder only when it opens, shows the picture, and closes', async ({ page }) => {
  const decoder: string[] = [];
  page.on('request', (request) => {
    if (/jsQR/i.test(request.url())) decoder.push(request.url());
  });
  await page.goto('/demo/counter');
  await page.getByLabel('机构').selectOption({ label: HOSPITAL });
  await expect(page.getByRole('textbox', { name: '医保码内容' })).toBeVisible();
  expect(decoder).toEqual([]);
  const native = await page.evaluate(() => 'BarcodeDetector' in window);

  await page.getByRole('button', { name: '用摄像头扫码' }).click();
  const video = page.getByLabel(/^摄像头画面/);
  await expect(video).toBeVisible();
  await expect
    .poll(() => video.evaluate((v) => (v as HTMLVideoElement).videoWidth))
    .toBeGreaterThan(0);
  // Without the browser's own reader, jsQR arrives now, and only now.
  if (native) expect(decoder).toEqual([]);
  else await expect.poll(() => decoder.length).toBe(1);
  await page.getByRole('button', { name: '关闭摄像头' }).click();
  await expect(video).toHaveCount(0);
  await expect(page.getByRole('button', { name: '用摄像头扫码' })).toBeVisible();
});
