import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { transact } from '@mocks/db';
import { now } from '@mocks/clock';
import { personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { useSession } from '@/features/auth/stores/session-store';
import { renderApp } from '@/test/render-app';

const fz = personas.find((p) => p.id === 'fz-employee');
const ty = personas.find((p) => p.id === 'ty-employee');
if (!fz || !ty) throw new Error('personas missing');

function signInAs(personId: string): void {
  const { token } = transact((tx) => createSession(tx, personId));
  useSession.getState().signIn(token);
}

const CHILD_ID = '350102201809012268';

describe('the family proxy account screen', () => {
  it('says plainly that it is not the family mutual-aid account', async () => {
    signInAs(fz.personId);
    renderApp('/voucher/family');
    expect(await screen.findByRole('heading', { name: '这不是“家庭共济”' })).toBeInTheDocument();
    expect(screen.getByText(/不涉及钱/)).toBeInTheDocument();
    expect(await screen.findByText('还没有添加家人。')).toBeInTheDocument();
  });

  it('asks someone not activated to activate first', async () => {
    signInAs(ty.personId);
    renderApp('/voucher/family');
    expect(
      await screen.findByText('请先激活您本人的医保电子凭证，才能为家人代办。'),
    ).toBeInTheDocument();
  });

  it('refuses the person themselves, a file that is not an image or too large, and needs the undertaking', async () => {
    const user = userEvent.setup({ applyAccept: false });
    signInAs(fz.personId);
    renderApp('/voucher/family');
    await user.click(await screen.findByRole('button', { name: '添加家人' }));
    const id = screen.getByLabelText('家人的身份证号');
    await user.type(id, fz.profile.idNumber);
    expect(screen.getByText('这是您本人的身份证号，不能添加自己')).toBeInTheDocument();

    await user.clear(id);
    await user.type(id, CHILD_ID);
    await user.type(screen.getByLabelText('家人的真实姓名'), '林小禾');
    expect(screen.getByRole('heading', { name: '未满 16 周岁：上传监护材料' })).toBeInTheDocument();
    const file = screen.getByLabelText('材料照片');
    await user.upload(file, new File(['%PDF-1.4'], 'hukou.pdf', { type: 'application/pdf' }));
    expect(
      screen.getByText('请选择图片文件（如照片或截图），不支持 PDF 等其他格式'),
    ).toBeInTheDocument();
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' });
    await user.upload(file, huge);
    expect(screen.getByText('图片不能超过 5 MB，请重新拍摄或压缩后再选')).toBeInTheDocument();
    await user.upload(
      file,
      new File([new Uint8Array([137, 80, 78, 71])], 'a.png', { type: 'image/png' }),
    );
    expect(await screen.findByRole('img', { name: '已选材料照片预览' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(screen.getByText('请勾选监护人承诺')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /本人承诺/ }));
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(await screen.findByText('已添加家人')).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(within(list).getByText('林*禾')).toBeInTheDocument();
    expect(within(list).getByText('350102********2268')).toBeInTheDocument();
  });

  it('asks an adult member for their own face check before adding', async () => {
    const user = userEvent.setup();
    signInAs(fz.personId);
    renderApp('/voucher/family');
    await user.click(await screen.findByRole('button', { name: '添加家人' }));
    await user.type(screen.getByLabelText('家人的真实姓名'), '林大山');
    await user.type(screen.getByLabelText('家人的身份证号'), '350181196003123155');
    expect(screen.getByRole('heading', { name: '家人本人人脸识别' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(screen.getByText('请先完成这位家人的人脸识别')).toBeInTheDocument();
  });

  it('the back arrow on a member’s code returns to the member list, not to the voucher', async () => {
    const user = userEvent.setup();
    signInAs(fz.personId);
    transact((tx) =>
      tx.proxyMembers.insert({
        id: 'pm-test0001',
        personId: fz.personId,
        relation: 'child',
        name: '林小禾',
        idNumber: CHILD_ID,
        birthDate: '2018-09-01',
        regionCode: '350100',
        regionName: '福州市',
        consent: 'guardian',
        documentKind: 'household-register',
        documentBytes: 4,
        activatedAtMs: now(),
        addedAtMs: now(),
      }),
    );
    const { router } = renderApp('/voucher/family');
    await user.click(await screen.findByRole('button', { name: '出示林*禾的医保码' }));
    await user.click(screen.getByRole('button', { name: '返回' }));
    expect(await screen.findByRole('button', { name: '出示林*禾的医保码' })).toBeInTheDocument();
    expect(router.pathname).toBe('/voucher/family');
  });
});
