import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';
import { installManualClock } from '@mocks/clock';
import { SMS_EXPIRES_IN_SECONDS } from '@mocks/handlers/auth';
import { personas } from '@mocks/seed';
import { useSession } from '../stores/session-store';

function firstPersona() {
  const first = personas[0];
  if (!first) throw new Error('seed has no personas');
  return first;
}
const persona = firstPersona();

async function requestCode(user: ReturnType<typeof userEvent.setup>, phone: string) {
  await user.clear(screen.getByLabelText('手机号'));
  await user.type(screen.getByLabelText('手机号'), phone);
  await user.click(screen.getByRole('button', { name: '获取验证码' }));
}

/** Opens /login, asks for the persona's code and reads it off the demo banner. */
async function openLoginAndReceiveCode(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  renderApp('/login');
  await screen.findByRole('heading', { name: '登录', level: 1 });
  await requestCode(user, persona.phone);
  const banner = await screen.findByText(/演示短信验证码/);
  return banner.textContent?.match(/\d{6}/)?.[0] ?? '';
}

describe('LoginForm', () => {
  it('explains a bad phone number and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderApp('/login');
    await screen.findByRole('heading', { name: '登录', level: 1 });
    await requestCode(user, '1381234');
    expect(await screen.findByText('手机号应为 11 位数字')).toBeInTheDocument();
    expect(screen.getByLabelText('手机号')).toHaveValue('1381234');
    expect(screen.getByLabelText('手机号')).toHaveAttribute('aria-invalid', 'true');
  });

  it('signs in with the number written as +86 and spaces (issue 22)', async () => {
    const user = userEvent.setup();
    renderApp('/login');
    await screen.findByRole('heading', { name: '登录', level: 1 });
    const p = persona.phone;
    await requestCode(user, `+86 ${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`);
    const banner = await screen.findByText(/演示短信验证码/);
    expect(screen.queryByText('手机号只能包含数字')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('验证码'), banner.textContent?.match(/\d{6}/)?.[0] ?? '');
    await user.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(useSession.getState().token).not.toBeNull());
  });

  it('takes a code pasted in full width (issue 22)', async () => {
    const user = userEvent.setup();
    renderApp('/login');
    await screen.findByRole('heading', { name: '登录', level: 1 });
    await user.click(screen.getByLabelText('验证码'));
    await user.paste('１２３\u200B４５６');
    expect(screen.getByLabelText('验证码')).toHaveValue('123456');
  });

  it('signs in with the code the demo backend sent, then returns home', async () => {
    const user = userEvent.setup();
    const code = await openLoginAndReceiveCode(user);
    expect(code).toMatch(/^\d{6}$/);
    expect(screen.getByRole('button', { name: /秒后重新获取/ })).toBeDisabled();

    await user.type(screen.getByLabelText('验证码'), code);
    await user.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: '医保通', level: 1 })).toBeInTheDocument(),
    );
    expect(useSession.getState().token).not.toBeNull();
    expect(await screen.findByRole('heading', { name: /您好/ })).toBeInTheDocument();
  });

  it('lets a corrected number ask for its own code at once: the wait belongs to the number', async () => {
    const user = userEvent.setup();
    renderApp('/login');
    await screen.findByRole('heading', { name: '登录', level: 1 });
    const last = persona.phone.slice(-1) === '9' ? '8' : '9';
    const mistyped = persona.phone.slice(0, -1) + last;
    await requestCode(user, mistyped);
    expect(await screen.findByRole('button', { name: /秒后重新获取/ })).toBeDisabled();
    await requestCode(user, persona.phone);
    const banner = await screen.findByText(new RegExp(`演示短信验证码.*`));
    expect(banner.textContent).toMatch(/\d{6}/);
    expect(screen.queryByText(/过于频繁/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /秒后重新获取/ })).toBeDisabled();
    // Back to the mistyped number: its own wait still runs.
    await user.clear(screen.getByLabelText('手机号'));
    await user.type(screen.getByLabelText('手机号'), mistyped);
    expect(screen.getByRole('button', { name: /秒后重新获取/ })).toBeDisabled();
  });

  it('shows the backend’s translated reason for a wrong code', async () => {
    const user = userEvent.setup();
    await openLoginAndReceiveCode(user);
    await user.type(screen.getByLabelText('验证码'), '000000');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('验证码不正确，请检查后重新输入')).toBeInTheDocument();
    expect(screen.getByLabelText('手机号')).toHaveValue(persona.phone);
  });

  it('says when a code has expired, and keeps the phone number', async () => {
    const clock = installManualClock();
    const user = userEvent.setup();
    const code = await openLoginAndReceiveCode(user);
    clock.advance((SMS_EXPIRES_IN_SECONDS + 1) * 1000);
    await user.type(screen.getByLabelText('验证码'), code);
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('验证码已过期，请重新获取')).toBeInTheDocument();
    expect(screen.getByLabelText('手机号')).toHaveValue(persona.phone);
  });

  it('tells someone who asks again within 60 s how long to wait, even after a reload', async () => {
    const user = userEvent.setup();
    const first = renderApp('/login');
    await screen.findByRole('heading', { name: '登录', level: 1 });
    await requestCode(user, persona.phone);
    await screen.findByText(/演示短信验证码/);
    // A fresh page has no countdown of its own: the backend's answer has to explain the wait.
    first.unmount();
    renderApp('/login');
    await screen.findByRole('heading', { name: '登录', level: 1 });
    await requestCode(user, persona.phone);
    expect(await screen.findByText(/获取验证码过于频繁，请 \d+ 秒后再试/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /秒后重新获取/ })).toBeDisabled();
    expect(screen.getByLabelText('手机号')).toHaveValue(persona.phone);
  });

  it('tells someone whose number no insured person has, after the code, in those words', async () => {
    const user = userEvent.setup();
    const unknown = '13600009999';
    expect(personas.some((p) => p.phone === unknown)).toBe(false);
    renderApp('/login');
    await screen.findByRole('heading', { name: '登录', level: 1 });
    // The code step answers every valid number alike, so it cannot reveal who is enrolled.
    await requestCode(user, unknown);
    const banner = await screen.findByText(/演示短信验证码/);
    await user.type(screen.getByLabelText('验证码'), banner.textContent?.match(/\d{6}/)?.[0] ?? '');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '该手机号未关联参保信息，请核对手机号，或使用参保时登记的手机号登录',
    );
    expect(screen.queryByText(/未找到相关信息/)).not.toBeInTheDocument();
    expect(useSession.getState().token).toBeNull();
    expect(screen.getByLabelText('手机号')).toHaveValue(unknown);
  });
});
