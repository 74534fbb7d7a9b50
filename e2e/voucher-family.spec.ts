import { PERSONAS, expect, signIn, test } from './fixtures';
import { FAKE_CAMERA, apiAsPerson, decodeQr, scan } from './voucher-helpers';

test.use(FAKE_CAMERA);

// Valid GB 11643 numbers of nobody (made-up sequence numbers).
const PARENT = { name: '林大山', idNumber: '350181196003123155' };
const CHILD = { name: '林小禾', idNumber: '350102201809012268' };
// A 1 × 1 PNG: the household register's "photo".
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

test('family proxy account: add a parent and a child, show the parent’s code, remove the child; a 6th member is refused', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, PERSONAS.fzEmployee.phone);
  await page.goto('/voucher/family');
  await expect(page.getByRole('heading', { name: '这不是“家庭共济”' })).toBeVisible();

  // A parent: 16 or over, so their own face check.
  await page.getByRole('button', { name: '添加家人' }).click();
  await page.getByLabel('与您的关系').selectOption('father');
  await page.getByLabel('家人的真实姓名').fill(PARENT.name);
  await page.getByLabel('家人的身份证号').fill(PARENT.idNumber);
  await page.getByRole('button', { name: '打开摄像头' }).click();
  await page.getByRole('button', { name: '拍照并比对' }).click();
  await expect(page.getByText('家人的人脸识别已通过，可以提交。')).toBeVisible();
  await page.getByRole('button', { name: '提交添加' }).click();
  await expect(page.getByText('父亲 · 林*山')).toBeVisible();

  // A child: documents and the undertaking; a wrong file type is refused first.
  await page.getByRole('button', { name: '添加家人' }).click();
  await page.getByLabel('与您的关系').selectOption('child');
  await page.getByLabel('家人的真实姓名').fill(CHILD.name);
  await page.getByLabel('家人的身份证号').fill(CHILD.idNumber);
  const file = page.getByLabel('材料照片');
  await file.setInputFiles({ name: 'hukou.pdf', mimeType: 'application/pdf', buffer: PNG });
  await expect(
    page.getByText('请选择图片文件（如照片或截图），不支持 PDF 等其他格式'),
  ).toBeVisible();
  await file.setInputFiles({ name: 'hukou.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('img', { name: '已选材料照片预览' })).toBeVisible();
  await page.getByRole('button', { name: '提交添加' }).click();
  await expect(page.getByText('请勾选监护人承诺')).toBeVisible();
  await page.getByRole('checkbox', { name: /本人承诺/ }).check();
  await page.getByRole('button', { name: '提交添加' }).click();
  await expect(page.getByText('子女 · 林*禾')).toBeVisible();

  // Activate the parent's voucher and show their code, whose it is in large type.
  await page.getByRole('button', { name: '为林*山激活' }).click();
  await expect(page.getByText('已为林*山激活医保电子凭证')).toBeVisible();
  await page.getByRole('button', { name: '出示林*山的医保码' }).click();
  await expect(page.getByRole('heading', { name: '父亲 林*山 的医保码' })).toBeVisible();
  const token = await decodeQr(page);
  expect(await scan(page, token)).toMatchObject({
    status: 200,
    body: { valid: true, holderName: '林*山' },
  });
  await page.getByRole('button', { name: '返回家庭成员列表' }).click();

  // Remove the child, after confirming.
  await page.getByRole('button', { name: '移除林*禾' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已移除林*禾')).toBeVisible();
  await expect(page.getByText('子女 · 林*禾')).toHaveCount(0);

  // Four more adults (through the API, each with their face check) fill the account.
  for (const idNumber of [
    '35018119610101311X',
    '350181196202023114',
    '350181196303033119',
    '350181196404043113',
  ]) {
    const check = await apiAsPerson(page, 'POST', '/voucher/face-check', {
      idNumber,
      image: 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD',
    });
    const { faceCheckId } = check.body as { faceCheckId: string };
    const added = await apiAsPerson(page, 'POST', '/voucher/family', {
      relation: 'grandparent',
      name: '林老',
      idNumber,
      faceCheckId,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
  }
  await page.reload();
  await expect(page.getByRole('heading', { name: '家庭成员（5/5）' })).toBeVisible();
  await expect(page.getByRole('button', { name: '添加家人' })).toBeDisabled();
  await expect(page.getByText('亲情账户最多添加 5 人，已满。请先移除一位再添加。')).toBeVisible();
  const sixth = await apiAsPerson(page, 'POST', '/voucher/family', {
    relation: 'child',
    name: '林小禾',
    idNumber: CHILD.idNumber,
    guardian: {
      documentKind: 'birth-certificate',
      image: `data:image/png;base64,${PNG.toString('base64')}`,
      undertakingAccepted: true,
    },
  });
  expect(sixth).toMatchObject({ status: 409, body: { code: 'PROXY_MEMBER_LIMIT' } });
});
