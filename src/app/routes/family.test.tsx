import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { installManualClock } from '@mocks/clock';
import { readState, transact } from '@mocks/db';
import {
  balanceFen,
  bindRelative,
  createAccount,
  payPremium,
  transferIn,
  unbindRelative,
} from '@mocks/family-ledger';
import { armLostFamilyAnswer } from '@mocks/family-demo';
import { server } from '@mocks/node';
import { loadLanguage } from '@/lib/i18n';
import { usePreferences } from '@/lib/preferences-store';
import { personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { useSession } from '@/features/auth/stores/session-store';
import { renderApp } from '@/test/render-app';

const fz = personas.find((p) => p.id === 'fz-employee');
const cq = personas.find((p) => p.id === 'cq-retiree');
const ty = personas.find((p) => p.id === 'ty-employee');
if (!fz || !cq || !ty) throw new Error('personas missing');
const NOV_2026 = Date.parse('2026-11-22T10:00:00+08:00');
// Inside Fujian's grace period for 2027 (1 January to the end of February).
const JAN_2027 = Date.parse('2027-01-15T10:00:00+08:00');

function signInAs(personId: string): string {
  const { token } = transact((tx) => createSession(tx, personId));
  useSession.getState().signIn(token);
  return token;
}

/** An open account with the household member of `relation` bound; returns the binding id. */
function accountWith(personId: string, relation: 'father' | 'spouse', fen = 0): string {
  const persona = personas.find((p) => p.personId === personId);
  const member = persona?.profile.family.find((m) => m.relation === relation);
  if (!member) throw new Error('no such member');
  return transact((tx) => {
    createAccount(tx, personId);
    const bound = bindRelative(tx, personId, {
      relation,
      name: member.name,
      idNumber: member.idNumber,
    });
    if (!bound.ok) throw new Error('not bound');
    if (fen > 0) transferIn(tx, personId, fen, null);
    return bound.value.id;
  });
}

const find = (text: string | RegExp) => screen.findByText(text);

/** Confirms the open re-authentication dialog with the demo password. */
async function confirmWithPassword() {
  await screen.findByRole('dialog');
  fireEvent.change(screen.getByLabelText('6 位医保电子凭证密码'), {
    target: { value: '802413' },
  });
  fireEvent.click(screen.getByRole('button', { name: '确认' }));
}

describe('/family', () => {
  it('says why a person cannot open the account before anything is filled in', async () => {
    installManualClock(NOV_2026);
    signInAs(ty.personId);
    renderApp('/family');
    expect(await find('您暂时不能开通家庭共济账户')).toBeInTheDocument();
    expect(screen.getByText(/参保地尚未开通家庭共济/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('shows the region rule with its source and asks for consent before opening', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    renderApp('/family');
    expect(await find(/允许绑定：配偶、父亲、母亲、子女、兄弟姐妹/)).toBeInTheDocument();
    expect(screen.getByText('国办发〔2024〕38号')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '开通账户' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请先勾选同意');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('refuses to pay for an employee-insured relative, a paid year and a closed window', async () => {
    installManualClock(NOV_2026);
    signInAs(cq.personId);
    const spouse = accountWith(cq.personId, 'spouse', 100_000);
    const view = renderApp(`/family/pay?relative=${spouse}&year=2027`);
    expect(await find('该亲属参加职工医保，不能按城乡居民医保缴费')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一步' })).toBeDisabled();
    view.unmount();

    signInAs(fz.personId);
    const father = accountWith(fz.personId, 'father', 100_000);
    transact((tx) =>
      payPremium(tx, fz.personId, { relativeId: father, year: 2027, amountFen: 40_000 }, null),
    );
    const paid = renderApp(`/family/pay?relative=${father}&year=2027`);
    expect(await find('该亲属 2027 年度已缴费')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: /2026 年度/ }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('2026 年度不在缴费期内'),
    );
    paid.unmount();
  });

  it('offers to move money in first when the family balance is short', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    const father = accountWith(fz.personId, 'father', 10_000);
    renderApp(`/family/pay?relative=${father}&year=2027`);
    expect(await find('共济账户余额 100.00 元，还差 300.00 元。')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: '先转入 300.00 元' });
    expect(link.getAttribute('href')).toBe(
      `/family/transfer?amount=300.00&then=pay&relative=${father}&year=2027`,
    );
  });

  it('checks a relative: oneself, the ID checksum, a proof for someone not in the household', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    accountWith(fz.personId, 'father');
    renderApp('/family/relatives/new');
    const relation = await screen.findByLabelText('与您的关系');
    const name = screen.getByLabelText('亲属姓名');
    const id = screen.getByLabelText('亲属身份证号');
    const submit = screen.getByRole('button', { name: '提交绑定' });
    fireEvent.change(relation, { target: { value: 'sibling' } });
    fireEvent.change(name, { target: { value: '林晓明' } });
    fireEvent.change(id, { target: { value: fz.profile.idNumber } });
    fireEvent.click(submit);
    expect(await find('不能绑定本人')).toBeInTheDocument();
    fireEvent.change(id, { target: { value: '350102199501010011' } });
    expect(await find('身份证号校验不通过，请核对')).toBeInTheDocument();
    fireEvent.change(id, { target: { value: '350102199501010012' } });
    expect(await find('该亲属不在您的户籍信息中，请上传关系证明材料')).toBeInTheDocument();
    // What was typed stays.
    expect(name).toHaveValue('林晓明');
    const proof = screen.getByLabelText(/关系证明材料/);
    fireEvent.change(proof, {
      target: { files: [new File(['x'], 'a.pdf', { type: 'application/pdf' })] },
    });
    expect(await find('只能上传图片（JPG、PNG、WebP、HEIC）')).toBeInTheDocument();
    const big = new File(['x'], 'big.jpg', { type: 'image/jpeg' });
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    fireEvent.change(proof, { target: { files: [big] } });
    expect(await find('图片不能超过 5 MB')).toBeInTheDocument();
    URL.createObjectURL = () => 'blob:preview';
    URL.revokeObjectURL = () => {};
    fireEvent.change(proof, {
      target: { files: [new File(['x'], 'hukou.jpg', { type: 'image/jpeg' })] },
    });
    expect(await screen.findByRole('img', { name: '证明材料预览' })).toBeInTheDocument();
    fireEvent.click(submit);
    expect(await find(/已提交 林\*明 的关系证明/)).toBeInTheDocument();
  });

  it('a session that ends between confirm and pay: sign in again, the form is back, nothing paid', async () => {
    installManualClock(NOV_2026);
    const token = signInAs(fz.personId);
    const father = accountWith(fz.personId, 'father', 100_000);
    const { router } = renderApp(`/family/pay?relative=${father}&year=2027`);
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('为父亲 林*华 缴纳 2027 年度城乡居民医保 400.00 元');
    // The session ends on the server while the person types the password.
    transact((tx) => tx.sessions.delete(token));
    fireEvent.change(screen.getByLabelText('6 位医保电子凭证密码'), {
      target: { value: '802413' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    await waitFor(() => expect(router.pathname).toBe('/login'));
    expect(balanceFen(readState(), fz.personId, 'premium')).toBe(0);
    await act(async () => {
      signInAs(fz.personId);
    });
    await waitFor(() => expect(router.pathname).toBe('/family/pay'));
    expect(await screen.findByRole('radio', { name: /父亲/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /2027 年度/ })).toBeChecked();
  });

  it('a transfer whose answer was lost, then the screen left: coming back offers only the retry, which moves the money once', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    accountWith(fz.personId, 'father');
    const personalBefore = balanceFen(readState(), fz.personId, 'personal');
    armLostFamilyAnswer();
    const first = renderApp('/family/transfer?amount=500');
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));
    await screen.findByRole('dialog');
    fireEvent.change(screen.getByLabelText('6 位医保电子凭证密码'), {
      target: { value: '802413' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    expect(await find('结果未知')).toBeInTheDocument();
    // The backend did it; the app does not know.
    expect(balanceFen(readState(), fz.personId, 'family')).toBe(50_000);
    first.unmount();

    renderApp('/family/transfer');
    expect(await find('您上次离开此页面时，这笔操作还没有收到结果。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '下一步' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await find('已转入 500.00 元')).toBeInTheDocument();
    expect(balanceFen(readState(), fz.personId, 'family')).toBe(50_000);
    expect(balanceFen(readState(), fz.personId, 'personal')).toBe(personalBefore - 50_000);
    expect(sessionStorage.getItem('ybt.draft.family.transfer')).toBeNull();
  });

  it('a payment whose answer was lost says only that the result is unknown, not that the year is paid', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    const father = accountWith(fz.personId, 'father', 100_000);
    armLostFamilyAnswer();
    renderApp(`/family/pay?relative=${father}&year=2027`);
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));
    await screen.findByRole('dialog');
    fireEvent.change(screen.getByLabelText('6 位医保电子凭证密码'), {
      target: { value: '802413' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    expect(await find('结果未知')).toBeInTheDocument();
    // The backend paid and the overview refreshes; the screen must not state both answers.
    await waitFor(() => expect(balanceFen(readState(), fz.personId, 'premium')).toBe(40_000));
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByText('该亲属 2027 年度已缴费')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await find('缴费凭证')).toBeInTheDocument();
  });

  it('a wrong voucher password says how many tries are left before the lock', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    accountWith(fz.personId, 'father');
    renderApp('/family/transfer?amount=500');
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));
    await screen.findByRole('dialog');
    fireEvent.change(screen.getByLabelText('6 位医保电子凭证密码'), {
      target: { value: '111111' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    expect(await find(/^医保电子凭证密码不正确，还可以再试 4 次/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    expect(await find(/^医保电子凭证密码不正确，还可以再试 3 次/)).toBeInTheDocument();
  });

  it('opens the account with an SMS code to the own phone instead of the password', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    renderApp('/family');
    fireEvent.click(await screen.findByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: '开通账户' }));
    fireEvent.click(await screen.findByRole('radio', { name: '短信验证码' }));
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(await find('验证码已发送至 139****2222')).toBeInTheDocument();
    const code = readState().smsCodes.get(fz.phone)?.code ?? '';
    fireEvent.change(screen.getByLabelText('6 位短信验证码'), { target: { value: code } });
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    expect(await screen.findByTestId('family-balance')).toHaveTextContent('0.00');
  });

  it('filters the history by relative; the balances are the ledger sums', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    const father = accountWith(fz.personId, 'father', 100_000);
    transact((tx) => {
      const mother = fz.profile.family.find((m) => m.relation === 'mother');
      if (!mother) throw new Error('no mother');
      const bound = bindRelative(tx, fz.personId, {
        relation: 'mother',
        name: mother.name,
        idNumber: mother.idNumber,
      });
      if (!bound.ok) throw new Error('not bound');
      payPremium(tx, fz.personId, { relativeId: father, year: 2027, amountFen: 40_000 }, null);
      payPremium(
        tx,
        fz.personId,
        { relativeId: bound.value.id, year: 2027, amountFen: 40_000 },
        null,
      );
    });
    renderApp('/family/history');
    const list = await screen.findByTestId('family-history');
    expect(list.querySelectorAll('li')).toHaveLength(3);
    expect(screen.getByTestId('history-family-balance')).toHaveTextContent('200.00');
    fireEvent.change(screen.getByLabelText('按亲属筛选'), { target: { value: father } });
    await waitFor(() =>
      expect(screen.getByTestId('family-history').querySelectorAll('li')).toHaveLength(1),
    );
    expect(screen.getByTestId('family-history')).toHaveTextContent('林*华');
  });

  it('takes an amount typed in Arabic-Indic digits, with a pasted zero-width space, as the amount it shows', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    accountWith(fz.personId, 'father');
    renderApp(`/family/transfer?amount=${encodeURIComponent('٥\u200B٠٠')}`);
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('从个人账户转入共济账户 500.00 元');
  });

  it('a relative unbound in another tab while their premium is on its way: the screen says it was not paid and why, and nothing moved', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    const father = accountWith(fz.personId, 'father', 100_000);
    // The other tab's unbind lands between this tab sending the payment and the backend
    // taking it: the payment then finds no bound relative.
    server.use(
      http.post(
        '*/api/family/premiums',
        () => {
          const unbound = transact((tx) => unbindRelative(tx, fz.personId, father, null));
          if (!unbound.ok) throw new Error('not unbound');
        },
        { once: true },
      ),
    );
    renderApp(`/family/pay?relative=${father}&year=2027`);
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));
    await confirmWithPassword();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('缴费没有完成，没有扣款');
    expect(alert).toHaveTextContent('父亲 林*华 在缴费过程中已被解绑');
    // The overview refreshes to no relatives; the answer stays, with a way forward.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.getByRole('alert')).toHaveTextContent('缴费没有完成，没有扣款');
    expect(screen.queryByText('请先绑定亲属')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '重新绑定亲属' })).toHaveAttribute(
      'href',
      '/family/relatives/new',
    );
    expect(screen.getByRole('link', { name: '返回家庭共济' })).toHaveAttribute('href', '/family');
    expect(balanceFen(readState(), fz.personId, 'premium')).toBe(0);
    expect(balanceFen(readState(), fz.personId, 'family')).toBe(100_000);
  });

  it('after a payment refused for an unbound relative, another bound relative can be paid for', async () => {
    installManualClock(NOV_2026);
    signInAs(fz.personId);
    const father = accountWith(fz.personId, 'father', 100_000);
    const mother = fz.profile.family.find((m) => m.relation === 'mother');
    if (!mother) throw new Error('no mother');
    transact((tx) =>
      bindRelative(tx, fz.personId, {
        relation: 'mother',
        name: mother.name,
        idNumber: mother.idNumber,
      }),
    );
    server.use(
      http.post(
        '*/api/family/premiums',
        () => {
          transact((tx) => unbindRelative(tx, fz.personId, father, null));
        },
        { once: true },
      ),
    );
    renderApp(`/family/pay?relative=${father}&year=2027`);
    fireEvent.click(await screen.findByRole('button', { name: '下一步' }));
    await confirmWithPassword();
    fireEvent.click(await screen.findByRole('button', { name: '为其他亲属缴费' }));
    expect(await screen.findByRole('radio', { name: /母亲/ })).not.toBeChecked();
    expect(screen.queryByRole('radio', { name: /父亲/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("the grace period's start of cover reads the same on the pay screen, in its source and on the receipt", async () => {
    installManualClock(JAN_2027);
    signInAs(fz.personId);
    const father = accountWith(fz.personId, 'father', 100_000);

    usePreferences.getState().setLanguage('en-US');
    try {
      const english = renderApp(`/family/pay?relative=${father}&year=2027`);
      expect(await find(/Grace period: covered from the day of payment/)).toBeInTheDocument();
      expect(screen.getByText(/late payment until the end of February/)).toHaveTextContent(
        'cover from the day of payment',
      );
      expect(english.container).not.toHaveTextContent(/day after/);
      english.unmount();
    } finally {
      await act(async () => {
        usePreferences.getState().setLanguage('zh-CN');
        await loadLanguage('zh-CN');
      });
    }

    const { container } = renderApp(`/family/pay?relative=${father}&year=2027`);
    expect(await find(/缓缴期，缴费之日起享受待遇/)).toBeInTheDocument();
    expect(screen.getByText(/缓缴期至2月底/)).toHaveTextContent(
      '缓缴期至2月底，缴费之日起享受待遇',
    );
    expect(container).not.toHaveTextContent(/次日/);
    fireEvent.click(screen.getByRole('button', { name: '下一步' }));
    await confirmWithPassword();
    // Cover starts on the day of payment: the receipt's date is the payment's date.
    const field = async (label: string) => (await find(label)).nextElementSibling;
    expect(await field('缴费时间')).toHaveTextContent(/^2027-01-15 /);
    expect(await field('待遇开始')).toHaveTextContent(/^2027-01-15$/);
  });
});
