import { PERSONAS, expect, signIn, test } from './fixtures';
import { FAKE_CAMERA, TY, decodeQr, scan, setNextFaceFailure } from './voucher-helpers';

test.use(FAKE_CAMERA);

test.describe('the e-voucher', () => {
  test('a persona activates with the fake camera; the QR decodes to a token the backend issued, renews after expiry and hides offline', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await page.clock.install();
    await signIn(page, PERSONAS.tyEmployee.phone);
    await page.goto('/voucher');
    // Not activated: the wizard.
    await expect(page).toHaveURL(/\/voucher\/activate$/);
    await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('真实姓名').fill(TY.name);
    await page.getByLabel('身份证号').fill(TY.idNumber.replace('X', 'x'));
    await page.getByRole('button', { name: '下一步' }).click();

    await expect(page.getByRole('heading', { name: '确认参保地' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /晋中市/ })).toBeDisabled();
    await page.getByRole('radio', { name: /太原市/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();

    // The demo console's fault: the next face check fails, with a reason and what to do.
    await setNextFaceFailure(page, 'too-dark');
    await page.getByRole('button', { name: '打开摄像头' }).click();
    await expect(page.getByLabel('摄像头预览')).toBeVisible();
    await page.getByRole('button', { name: '拍照并比对' }).click();
    await expect(page.getByRole('alert')).toContainText('光线太暗');
    await page.getByRole('button', { name: '重新拍照' }).click();
    await page.getByRole('button', { name: '拍照并比对' }).click();

    await expect(page.getByRole('heading', { name: '设置医保密码' })).toBeVisible();
    await page.getByLabel('医保密码', { exact: true }).fill('123456');
    await page.getByLabel('再次输入医保密码').fill('123456');
    await page.getByRole('button', { name: '完成激活' }).click();
    await expect(page.getByText('密码不能是连续的数字，如 123456 或 654321')).toBeVisible();
    await page.getByLabel('医保密码', { exact: true }).fill(TY.password);
    await page.getByLabel('再次输入医保密码').fill(TY.password);
    await page.getByRole('button', { name: '完成激活' }).click();

    await expect(page).toHaveURL(/\/voucher$/);
    await expect(page.getByText('激活成功！这就是您的医保码。')).toBeVisible();
    const qr = page.getByRole('img', { name: /医保码二维码：王\*强，参保地 太原市/ });
    await expect(qr).toBeVisible();
    await expect(page.getByText('140105********0531')).toBeVisible();
    const first = await decodeQr(page);

    // Thirty seconds on: the code renewed itself; the old token is refused as expired.
    await page.clock.fastForward(31_000);
    await expect.poll(() => decodeQr(page)).not.toBe(first);
    const second = await decodeQr(page);
    expect(await scan(page, first)).toMatchObject({
      status: 410,
      body: { code: 'VOUCHER_TOKEN_EXPIRED' },
    });
    // The one on screen is the backend's, valid once.
    expect(await scan(page, second)).toMatchObject({
      status: 200,
      body: { valid: true, holderName: '王*强', regionCode: '140100' },
    });
    expect(await scan(page, second)).toMatchObject({ status: 409 });

    // Refresh on demand gives another token.
    await page.getByRole('button', { name: '刷新医保码' }).click();
    await expect.poll(() => decodeQr(page)).not.toBe(second);

    // Offline: no code at all, a clear reason instead.
    await context.setOffline(true);
    await expect(page.getByText('医保码需要联网')).toBeVisible();
    await expect(page.locator('canvas')).toHaveCount(0);
    await page.getByRole('button', { name: '检查能否正常使用' }).click();
    await expect(page.getByText('有问题需要先处理：')).toBeVisible();
    await context.setOffline(false);
    await expect(page.locator('canvas[data-qr-ready="true"]')).toBeVisible();
  });

  test('camera refused: says why and offers the assisted paths', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator.mediaDevices, 'getUserMedia', {
        value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      });
    });
    await signIn(page, PERSONAS.tyEmployee.phone);
    await page.goto('/voucher/activate');
    await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('真实姓名').fill(TY.name);
    await page.getByLabel('身份证号').fill(TY.idNumber);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('radio', { name: /太原市/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '打开摄像头' }).click();
    await expect(page.getByText('没有摄像头权限')).toBeVisible();
    await expect(page.getByText('请家人用“亲情账户”代办')).toBeVisible();
    await expect(page.getByText('到医保经办窗口办理')).toBeVisible();
  });

  test('prints the time from opening /voucher (activated, warm) to a visible QR', async ({
    page,
  }) => {
    await signIn(page, PERSONAS.fzEmployee.phone);
    // Warm: the route's chunks and the QR library are cached after one visit.
    await page.goto('/voucher');
    await expect(page.locator('canvas[data-qr-ready="true"]')).toBeVisible();
    await page.goto('/');
    const tile = page.getByRole('link', { name: '医保电子凭证' });
    await expect(tile).toBeVisible();
    const samples: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.evaluate(() => {
        performance.clearMarks();
        document.addEventListener('click', () => performance.mark('voucher-open'), {
          capture: true,
          once: true,
        });
      });
      await tile.click();
      await expect(page.locator('canvas[data-qr-ready="true"]')).toBeVisible();
      samples.push(
        await page.evaluate(() => {
          const open = performance.getEntriesByName('voucher-open')[0];
          const drawn = performance.getEntriesByName('voucher-qr-drawn')[0];
          return Math.round((drawn?.startTime ?? NaN) - (open?.startTime ?? NaN));
        }),
      );
      await page.goBack();
      await expect(tile).toBeVisible();
    }
    const median = [...samples].sort((a, b) => a - b)[1] ?? NaN;
    // Printed, not asserted: a timing bound would fail on a busy machine and say nothing about
    // the code (the guide measures speed by printed numbers, never by timed tests).
    expect(Number.isFinite(median)).toBe(true);
    console.log(
      `voucher: QR visible in ${median} ms (target ≤ 300 ms: ${median <= 300 ? 'met' : 'NOT met'})`,
    );
  });
});
