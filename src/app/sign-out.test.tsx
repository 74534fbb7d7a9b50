import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useSession } from '@/features/auth/stores/session-store';
import { useEstimateDraft } from '@/features/estimate/stores/estimate-draft-store';
import { renderApp } from '@/test/render-app';
import { personas } from '@mocks/seed';

type User = ReturnType<typeof userEvent.setup>;

const TYPED_AMOUNT = '4321.09';

/** What a person typed into the estimator, straight into its store. */
function typeADraft() {
  act(() => {
    useEstimateDraft.getState().addClaim({
      date: '2026-03-02',
      kind: 'outpatient',
      level: 3,
      amountText: TYPED_AMOUNT,
      otherText: '',
      deductibleMetAtPrescriber: false,
      touched: true,
    });
  });
  expect(useEstimateDraft.getState().claims).toHaveLength(1);
}

function expectNothingOfThePersonLeft() {
  expect(useSession.getState().token).toBeNull();
  expect(useEstimateDraft.getState().claims).toEqual([]);
  expect(useEstimateDraft.getState().member).toBeNull();
  const stored = Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key) ?? '');
  expect(stored.filter((value) => value.includes(TYPED_AMOUNT))).toEqual([]);
  expect(sessionStorage.getItem('ybt.session')).toBeNull();
}

async function signInThroughTheForm(user: User) {
  const persona = personas.find((p) => p.id === 'fz-employee');
  if (!persona) throw new Error('seed has no fz-employee');
  const app = renderApp('/login');
  await user.type(await screen.findByLabelText('手机号'), persona.phone);
  await user.click(screen.getByRole('button', { name: '获取验证码' }));
  const code = (await screen.findByText(/演示短信验证码/)).textContent?.match(/\d{6}/)?.[0] ?? '';
  await user.type(screen.getByLabelText('验证码'), code);
  await user.click(screen.getByRole('button', { name: '登录' }));
  await screen.findByRole('heading', { name: /您好/ });
  return app;
}

describe('signing out through 我的', () => {
  it('leaves no profile, draft or token behind, and says the person signed out', async () => {
    const user = userEvent.setup();
    const app = await signInThroughTheForm(user);
    typeADraft();
    await app.router.navigate('/me');
    expect(await screen.findByText('手机号')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '退出登录' }));
    // antd-mobile's dialog opens with pointer-events off until its animation ends, which
    // jsdom never plays; the button is there and named, so tap it without that check.
    const tap = userEvent.setup({ pointerEventsCheck: 0 });
    await tap.click(await screen.findByRole('button', { name: '确定' }));

    expect(await screen.findByRole('heading', { name: '登录', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('您已退出登录')).toBeInTheDocument();
    expect(app.router.pathname).toBe('/login');
    expectNothingOfThePersonLeft();
    expect(screen.queryByText(/\*{4}/)).not.toBeInTheDocument();
  });
});

describe('a 401 from the API (the server ended the session)', () => {
  it('drops everything of the person, sends them to sign in and tells them why', async () => {
    // A token the demo backend has never issued: its next request answers 401.
    act(() => useSession.getState().signIn('ended-elsewhere'));
    typeADraft();
    const app = renderApp('/me');

    expect(await screen.findByText('登录已失效，请重新登录')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '登录', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(app.router.pathname).toBe('/login'));
    expect(useSession.getState().signOutReason).toBe('expired');
    expectNothingOfThePersonLeft();
  });
});
