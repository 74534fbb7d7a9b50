import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readState, transact } from '@mocks/db';
import { balanceFen } from '@mocks/family-ledger';
import { DEMO_VOUCHER_PASSWORD, personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { billVisit, openVisit } from '@mocks/settlement';
import { useSession } from '@/features/auth/stores/session-store';
import { renderApp } from '@/test/render-app';

const cq = personas.find((p) => p.id === 'cq-retiree');
if (!cq) throw new Error('persona missing');
const CQ_ID = cq.personId;
const METFORMIN = 'XA10BAM048A001010100811';

function signInAs(personId: string): void {
  const { token } = transact((tx) => createSession(tx, personId));
  useSession.getState().signIn(token);
}

/** A walk-in bill at a Chongqing hospital, as the counter makes it. */
function billed(quantity: number, unitPriceFen = 1_280): string {
  return transact((tx) => {
    const ecToken = `t-${crypto.randomUUID()}`;
    tx.voucherTokens.insert({
      id: ecToken,
      personId: CQ_ID,
      memberId: null,
      regionCode: '500000',
      issuedAtMs: Date.now(),
      expiresAtMs: Date.now() + 30_000,
      usedAtMs: null,
    });
    const visit = openVisit(tx, 'hs-cq-3', ecToken);
    if (!visit.ok) throw new Error('no visit');
    const bill = billVisit(tx, visit.value, {
      prescriptionId: null,
      items: [{ drugCode: METFORMIN, quantity, unitPriceFen }],
    });
    if (!bill.ok) throw new Error('not billed');
    return bill.value.id;
  });
}

const find = (text: string | RegExp) => screen.findByText(text);

async function confirmWithPassword(): Promise<void> {
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText('6 位医保电子凭证密码'), {
    target: { value: DEMO_VOUCHER_PASSWORD },
  });
  fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
}

describe('/settlements', () => {
  it('home shows a bill waiting to be paid, and the bill itemises, splits and cites', async () => {
    signInAs(cq.personId);
    billed(2, 1_500);
    renderApp('/');
    const pay = await screen.findByRole('link', { name: '去支付' });
    fireEvent.click(pay);
    expect(await find(/盐酸二甲双胍片/)).toBeInTheDocument();
    expect(screen.getByText('甲类')).toBeInTheDocument();
    expect(screen.getByText(/售价高于平台挂网价 12.80 元，高出部分个人自付/)).toBeInTheDocument();
    expect(screen.getByText('医保基金支付')).toBeInTheDocument();
    expect(screen.getAllByText(/渝医保发〔2023〕32号/).length).toBeGreaterThan(0);
  });

  it('pays the account share and the rest by WeChat Pay after the password, once', async () => {
    signInAs(cq.personId);
    const id = billed(999);
    const s = readState().settlements.get(id);
    if (!s) throw new Error('no bill');
    const before = balanceFen(readState(), cq.personId, 'personal');
    renderApp(`/settlements/${id}`);
    fireEvent.click(await screen.findByRole('button', { name: /确认支付/ }));
    expect(screen.getByRole('alert')).toHaveTextContent('请选择微信支付或支付宝');
    fireEvent.click(screen.getByRole('radio', { name: '微信支付' }));
    fireEvent.click(screen.getByRole('button', { name: /确认支付/ }));
    await confirmWithPassword();
    expect(await find('已支付')).toBeInTheDocument();
    expect(await find('电子结算单')).toBeInTheDocument();
    await waitFor(() =>
      expect(balanceFen(readState(), cq.personId, 'personal')).toBe(before - s.split.accountFen),
    );
    expect(readState().settlementLegs.where('settlementId', id)).toHaveLength(3);
    expect(screen.getByRole('button', { name: '打印' })).toBeInTheDocument();
  });

  it('a cancelled mobile payment says nothing was charged and the bill stays payable', async () => {
    signInAs(cq.personId);
    const id = billed(999);
    transact((tx) => tx.paymentSettings.put({ id: 'current', outcome: 'cancelled' }));
    const before = balanceFen(readState(), cq.personId, 'personal');
    renderApp(`/settlements/${id}`);
    fireEvent.click(await screen.findByRole('radio', { name: '支付宝' }));
    fireEvent.click(screen.getByRole('button', { name: /确认支付/ }));
    await confirmWithPassword();
    expect(await find('您取消了支付，未扣款。结算单仍可支付。')).toBeInTheDocument();
    expect(balanceFen(readState(), cq.personId, 'personal')).toBe(before);
    expect(screen.getByRole('button', { name: /确认支付/ })).toBeEnabled();
  });
});
