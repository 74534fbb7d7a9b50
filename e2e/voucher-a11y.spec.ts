import {
  PERSONAS,
  VARIANTS,
  expect,
  expectNoAxeViolations,
  signIn,
  test,
  useVariant,
} from './fixtures';
import { FAKE_CAMERA, TY, setNextFaceFailure } from './voucher-helpers';

test.use(FAKE_CAMERA);

const CHILD_ID = '350102201809012268';
const PARENT_ID = '350181196003123155';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

for (const variant of VARIANTS) {
  test(`axe: every e-voucher step, the family account and /safety (${variant.name})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const zh = variant.lang === 'zh-CN';
    const s = (chinese: string, english: string) => (zh ? chinese : english);
    const next = () => page.getByRole('button', { name: s('下一步', 'Next'), exact: true }).click();
    await useVariant(page, variant);
    await signIn(page, PERSONAS.tyEmployee.phone);
    await page.goto('/voucher/activate');

    // Consent, with its error.
    await next();
    await expect(page.getByText(s('请先阅读并勾选同意', 'Tick the box to agree'))).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox').check();
    await next();

    // Identity, with errors.
    await page.getByLabel(s('真实姓名', 'Legal name (in Chinese)')).fill('Wang');
    await page.getByLabel(s('身份证号', 'ID number')).fill('14010519881005053');
    await next();
    await expect(page.locator('.field__error')).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.getByLabel(s('真实姓名', 'Legal name (in Chinese)')).fill(TY.name);
    await page.getByLabel(s('身份证号', 'ID number')).fill(TY.idNumber);
    await next();

    // Region, with its error and the stale region explained.
    await expect(page.getByRole('radio')).toHaveCount(2);
    await next();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: /太原市/ }).check();
    await next();

    // Face check: intro, preview, a failure.
    await expect(
      page.getByRole('button', { name: s('打开摄像头', 'Turn on the camera') }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await setNextFaceFailure(page, 'mismatch');
    await page.getByRole('button', { name: s('打开摄像头', 'Turn on the camera') }).click();
    const capture = page.getByRole('button', { name: s('拍照并比对', 'Take photo and compare') });
    await expect(capture).toBeEnabled();
    await expectNoAxeViolations(page);
    await capture.click();
    await expect(
      page.getByRole('button', { name: s('重新拍照', 'Take another photo') }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: s('重新拍照', 'Take another photo') }).click();
    await capture.click();

    // Password, with an error.
    const password = page.getByLabel(s('医保密码', 'Voucher password'), { exact: true });
    await password.fill('111111');
    await page.getByRole('button', { name: s('完成激活', 'Activate') }).click();
    await expect(page.locator('.field__error')).toBeVisible();
    await expectNoAxeViolations(page);
    await password.fill(TY.password);
    await page.getByLabel(s('再次输入医保密码', 'Voucher password again')).fill(TY.password);
    await page.getByRole('button', { name: s('完成激活', 'Activate') }).click();

    // The code, and the pre-flight check.
    await expect(page.locator('canvas[data-qr-ready="true"]')).toBeVisible();
    await page
      .getByRole('button', { name: s('检查能否正常使用', 'Check that everything works') })
      .click();
    await expectNoAxeViolations(page);
    if (variant.elder) {
      // Large enough to scan in elder mode.
      const box = await page.locator('canvas[data-qr-ready="true"]').boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(280);
    }

    // The family account: empty list, the adult and the child forms, the list, a member's code.
    await page.goto('/voucher/family');
    await expect(
      page.getByRole('button', { name: s('添加家人', 'Add a family member') }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: s('添加家人', 'Add a family member') }).click();
    await page.getByLabel(s('家人的真实姓名', 'Their legal name (in Chinese)')).fill('林大山');
    await page.getByLabel(s('家人的身份证号', 'Their ID number')).fill(PARENT_ID);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: s('打开摄像头', 'Turn on the camera') }).click();
    await page.getByRole('button', { name: s('拍照并比对', 'Take photo and compare') }).click();
    // Sent before the check answers, the form rightly asks for the face check instead.
    await expect(
      page.getByText(s('家人的人脸识别已通过', 'The family member’s face check passed')),
    ).toBeVisible();
    await page.getByRole('button', { name: s('提交添加', 'Add'), exact: true }).click();
    await page.getByRole('button', { name: s('添加家人', 'Add a family member') }).click();
    await page.getByLabel(s('与您的关系', 'Relation to you')).selectOption('child');
    await page.getByLabel(s('家人的真实姓名', 'Their legal name (in Chinese)')).fill('王小禾');
    await page.getByLabel(s('家人的身份证号', 'Their ID number')).fill(CHILD_ID);
    await page
      .getByLabel(s('材料照片', 'Photo of the document'))
      .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: s('提交添加', 'Add'), exact: true }).click();
    await expect(page.locator('.field__error')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: s('取消', 'Cancel') }).click();
    await page.getByRole('button', { name: s('为林*山激活', 'Activate for 林*山') }).click();
    await page
      .getByRole('button', { name: s('出示林*山的医保码', 'Show the code of 林*山') })
      .click();
    await expect(page.locator('canvas[data-qr-ready="true"]')).toBeVisible();
    await expectNoAxeViolations(page);

    // Fraud protection: the checker's error and a verdict.
    await page.goto('/safety');
    await page.getByRole('button', { name: s('检查这条短信', 'Check this message') }).click();
    await expect(page.locator('.field__error')).toBeVisible();
    await expectNoAxeViolations(page);
    await page
      .getByLabel(s('短信内容', 'Message text'))
      .fill('【医疗保障局】您的医疗卡已停，请02月25日前打开******进行信息完善');
    await page.getByRole('button', { name: s('检查这条短信', 'Check this message') }).click();
    await expect(page.locator('.safety-verdict')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
