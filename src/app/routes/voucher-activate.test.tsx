import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { transact } from '@mocks/db';
import { personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { useSession } from '@/features/auth/stores/session-store';
import { renderApp } from '@/test/render-app';
import {
  ACTIVATION_DRAFT_KEY,
  useActivationDraft,
} from '@/features/voucher/stores/activation-draft-store';

const ty = personas.find((p) => p.id === 'ty-employee');
if (!ty) throw new Error('no Taiyuan persona');

function signInAs(personId: string): void {
  const { token } = transact((tx) => createSession(tx, personId));
  useSession.getState().signIn(token);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function throughIdentity(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('checkbox', { name: /我已阅读并同意/ }));
  await user.click(screen.getByRole('button', { name: '下一步' }));
  await user.type(screen.getByLabelText('真实姓名'), ty?.profile.name ?? '');
  await user.type(screen.getByLabelText('身份证号'), ty?.profile.idNumber ?? '');
  await user.click(screen.getByRole('button', { name: '下一步' }));
}

describe('the activation wizard', () => {
  it('says the same number of steps from the first screen to the last (two regions)', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    renderApp('/voucher/activate');
    expect(await screen.findByText('第 1 步，共 5 步')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /我已阅读并同意/ }));
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText('第 2 步，共 5 步')).toBeInTheDocument();
    await user.type(screen.getByLabelText('真实姓名'), ty.profile.name);
    await user.type(screen.getByLabelText('身份证号'), ty.profile.idNumber);
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText('第 3 步，共 5 步')).toBeInTheDocument();
  });

  it('with one current region, confirms it as step 3 of 5, already chosen', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    server.use(
      http.post('*/api/voucher/activation/identity', () =>
        HttpResponse.json({
          regions: [{ code: '140100', name: '太原市', status: 'current', updatedOn: '2026-01-05' }],
        }),
      ),
    );
    renderApp('/voucher/activate');
    expect(await screen.findByText('第 1 步，共 5 步')).toBeInTheDocument();
    await throughIdentity(user);
    expect(await screen.findByText('第 3 步，共 5 步')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '确认参保地' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /太原市/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText('第 4 步，共 5 步')).toBeInTheDocument();
  });

  it('asks for consent, then checks name and ID with clear messages, keeping what was typed', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    renderApp('/voucher/activate');
    await user.click(await screen.findByRole('button', { name: '下一步' }));
    expect(screen.getByText('请先阅读并勾选同意，才能继续')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /我已阅读并同意/ }));
    await user.click(screen.getByRole('button', { name: '下一步' }));

    const name = screen.getByLabelText('真实姓名');
    const id = screen.getByLabelText('身份证号');
    await user.type(name, 'Wang Zhiqiang');
    await user.type(id, '14010519881005053');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText('请输入中文姓名，不要使用拼音或英文字母')).toBeInTheDocument();
    expect(screen.getByText('身份证号应为 18 位，您输入了 17 位')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('Wang Zhiqiang');

    await user.clear(name);
    await user.type(name, '王志强');
    await user.type(id, '2');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText('身份证号校验位不正确，请逐位核对')).toBeInTheDocument();

    // A lower-case x and full-width digits are fine; another person's valid ID is refused.
    await user.clear(id);
    await user.type(id, '１１０１０５１９４９１２３１００２x');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText('姓名或身份证号与参保信息不一致')).toBeInTheDocument();
    expect(name).toHaveValue('王志强');
  });

  it('shows the two regions, the stale one explained and not choosable, and resumes there', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    const first = renderApp('/voucher/activate');
    await throughIdentity(user);
    expect(await screen.findByRole('heading', { name: '确认参保地' })).toBeInTheDocument();
    const taiyuan = screen.getByRole('radio', { name: /太原市/ });
    const jinzhong = screen.getByRole('radio', { name: /晋中市/ });
    expect(jinzhong).toBeDisabled();
    expect(jinzhong).toHaveAccessibleDescription(/记录未更新/);
    expect(screen.getByText('有参保地记录未更新怎么办？')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText('请选择一个当前有效的参保地')).toBeInTheDocument();
    await user.click(taiyuan);

    // Leaving and coming back resumes at the same step, with the choice kept.
    first.unmount();
    const stored = JSON.parse(sessionStorage.getItem(ACTIVATION_DRAFT_KEY) ?? '{}') as {
      state?: { step?: string };
    };
    expect(stored.state?.step).toBe('region');
    renderApp('/voucher/activate');
    expect(await screen.findByRole('radio', { name: /太原市/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: '上一步' }));
    expect(screen.getByLabelText('真实姓名')).toHaveValue('王志强');
  });

  it('explains a missing camera and a refused one, with the assisted paths', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    vi.stubGlobal('isSecureContext', true);
    renderApp('/voucher/activate');
    await throughIdentity(user);
    await user.click(await screen.findByRole('radio', { name: /太原市/ }));
    await user.click(screen.getByRole('button', { name: '下一步' }));
    await user.click(screen.getByRole('button', { name: '打开摄像头' }));
    expect(await screen.findByText('没有找到可用的摄像头')).toBeInTheDocument();
    expect(screen.getByText('到医保经办窗口办理')).toBeInTheDocument();
    expect(screen.getByText('请家人用“亲情账户”代办')).toBeInTheDocument();

    const getUserMedia = vi.fn(() =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
    );
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia },
    });
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    expect(await screen.findByText('没有摄像头权限')).toBeInTheDocument();
    expect(getUserMedia).toHaveBeenCalled();
    Reflect.deleteProperty(navigator, 'mediaDevices');
  });

  it('refuses easy passwords, then activates and goes straight to the code', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    const faceCheckId = transact((tx) => {
      tx.faceChecks.insert({
        id: 'fc-test',
        personId: ty.personId,
        idNumber: ty.profile.idNumber,
        passed: true,
        reason: null,
        atMs: Date.now(),
        usedAtMs: null,
      });
      return 'fc-test';
    });
    useActivationDraft.getState().update({
      step: 'password',
      consented: true,
      name: ty.profile.name,
      idNumber: ty.profile.idNumber,
      regions: [],
      regionCode: '140100',
      faceCheckId,
      faceCheckValidUntilMs: Date.now() + 300_000,
    });
    renderApp('/voucher/activate');
    const password = await screen.findByLabelText('医保密码');
    const confirmation = screen.getByLabelText('再次输入医保密码');
    const submit = screen.getByRole('button', { name: '完成激活' });
    for (const [typed, message] of [
      ['123456', '密码不能是连续的数字，如 123456 或 654321'],
      ['777777', '密码不能是同一个数字重复 6 次'],
      ['881005', '密码不能是您的出生日期'],
      ['12345', '医保密码应为 6 位数字'],
    ] as const) {
      await user.clear(password);
      await user.type(password, typed);
      await user.click(submit);
      expect(screen.getByText(message)).toBeInTheDocument();
    }
    await user.clear(password);
    await user.type(password, '580314');
    await user.type(confirmation, '580315');
    await user.click(submit);
    expect(screen.getByText('两次输入的密码不一致')).toBeInTheDocument();
    await user.clear(confirmation);
    await user.type(confirmation, '580314');
    await user.click(submit);
    expect(await screen.findByText('激活成功！这就是您的医保码。')).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: /医保码二维码：王\*强，参保地 太原市/ }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(sessionStorage.getItem(ACTIVATION_DRAFT_KEY)).not.toContain('王志强'),
    );
  });

  it('sends a resumed draft whose face check lapsed back to the face step, saying why', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    useActivationDraft.getState().update({
      step: 'password',
      consented: true,
      name: ty.profile.name,
      idNumber: ty.profile.idNumber,
      regions: [],
      regionCode: '140100',
      faceCheckId: 'fc-old',
      faceCheckValidUntilMs: Date.now() - 1,
    });
    renderApp('/voucher/activate');
    await user.type(await screen.findByLabelText('医保密码'), '580314');
    await user.type(screen.getByLabelText('再次输入医保密码'), '580314');
    await user.click(screen.getByRole('button', { name: '完成激活' }));
    expect(screen.getByText('请先完成人脸识别')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重新进行人脸识别' }));
    expect(await screen.findByRole('button', { name: '打开摄像头' })).toBeInTheDocument();
  });
});

/** The wizard resumed at the password step with a passed face check, as a draft would be. */
const atPasswordStep = (): void => {
  transact((tx) =>
    tx.faceChecks.insert({
      id: 'fc-test',
      personId: ty.personId,
      idNumber: ty.profile.idNumber,
      passed: true,
      reason: null,
      atMs: Date.now(),
      usedAtMs: null,
    }),
  );
  useActivationDraft.getState().update({
    step: 'password',
    consented: true,
    name: ty.profile.name,
    idNumber: ty.profile.idNumber,
    regions: [],
    regionCode: '140100',
    faceCheckId: 'fc-test',
    faceCheckValidUntilMs: Date.now() + 300_000,
  });
};

describe('the activation wizard’s messages (issue 22)', () => {
  it('refuses repeated pairs, triples, doubled digits and the ID’s last six, saying which', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    atPasswordStep();
    renderApp('/voucher/activate');
    const password = await screen.findByLabelText('医保密码');
    const submit = screen.getByRole('button', { name: '完成激活' });
    for (const [typed, message] of [
      ['121212', '密码不能是两位数字重复三次，如 121212'],
      ['123123', '密码不能是三位数字重复两次，如 123123'],
      ['112233', '密码不能是每个数字连续输入两次，如 112233'],
      ['050531', '密码不能是身份证号的后 6 位'],
    ] as const) {
      await user.clear(password);
      await user.type(password, typed);
      await user.click(submit);
      expect(password).toHaveAccessibleDescription(message);
    }
  });

  it('drops the server’s word on the password when the password changes: one message per field', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    atPasswordStep();
    server.use(
      http.post('*/api/voucher/activation', () =>
        HttpResponse.json({ code: 'VOUCHER_PASSWORD_WEAK' }, { status: 422 }),
      ),
    );
    renderApp('/voucher/activate');
    const password = await screen.findByLabelText('医保密码');
    await user.type(password, '580314');
    await user.type(screen.getByLabelText('再次输入医保密码'), '580314');
    await user.click(screen.getByRole('button', { name: '完成激活' }));
    // The backend's refusal is the password's own message, under the field.
    await waitFor(() => expect(password).toHaveAccessibleDescription('密码过于简单，请重新设置'));
    expect(screen.getAllByText('密码过于简单，请重新设置')).toHaveLength(1);

    await user.clear(password);
    await user.type(password, '12345');
    await user.click(screen.getByRole('button', { name: '完成激活' }));
    expect(password).toHaveAccessibleDescription('医保密码应为 6 位数字');
    expect(screen.queryByText('密码过于简单，请重新设置')).not.toBeInTheDocument();
  });

  it('drops a server failure once what was sent changes, on the password and the identity steps', async () => {
    const user = userEvent.setup();
    signInAs(ty.personId);
    atPasswordStep();
    server.use(
      http.post('*/api/voucher/activation', () => new HttpResponse(null, { status: 503 })),
    );
    renderApp('/voucher/activate');
    const password = await screen.findByLabelText('医保密码');
    await user.type(password, '580314');
    await user.type(screen.getByLabelText('再次输入医保密码'), '580314');
    await user.click(screen.getByRole('button', { name: '完成激活' }));
    expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeInTheDocument();
    await user.clear(password);
    await user.type(password, '12345');
    await user.click(screen.getByRole('button', { name: '完成激活' }));
    expect(password).toHaveAccessibleDescription('医保密码应为 6 位数字');
    expect(screen.queryByText('服务暂时不可用，请稍后重试')).not.toBeInTheDocument();

    // The identity step: another person's valid ID is refused by the backend; shortening the ID
    // leaves only the length message.
    await user.click(screen.getByRole('button', { name: '上一步' }));
    await user.click(screen.getByRole('button', { name: '上一步' }));
    await user.click(screen.getByRole('button', { name: '上一步' }));
    const id = await screen.findByLabelText('身份证号');
    await user.clear(id);
    await user.type(id, '11010519491231002X');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText('姓名或身份证号与参保信息不一致')).toBeInTheDocument();
    await user.type(id, '{Backspace}');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(id).toHaveAccessibleDescription(/身份证号应为 18 位，您输入了 17 位/);
    expect(screen.queryByText('姓名或身份证号与参保信息不一致')).not.toBeInTheDocument();
  });
});
