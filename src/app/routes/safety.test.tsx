import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { transact } from '@mocks/db';
import { personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { billVisit, openVisit } from '@mocks/settlement';
import type { SettlementRecord } from '@mocks/store/records';
import { resellTraceCode } from '@mocks/trace-codes';
import { useSession } from '@/features/auth/stores/session-store';
import { renderApp } from '@/test/render-app';

const cq = personas.find((p) => p.id === 'cq-retiree');
if (!cq) throw new Error('persona missing');
const METFORMIN = 'XA10BAM048A001010100811';

function signIn(): void {
  const { token } = transact((tx) => createSession(tx, cq?.personId ?? ''));
  useSession.getState().signIn(token);
}

/** A paid walk-in bill of one box at the Chongqing level-3 desk; returns the box's code. */
function soldBox(): string {
  return transact((tx) => {
    const ecToken = `t-${crypto.randomUUID()}`;
    tx.voucherTokens.insert({
      id: ecToken,
      personId: cq?.personId ?? '',
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
      items: [{ drugCode: METFORMIN, quantity: 1, unitPriceFen: 1_280 }],
    });
    if (!bill.ok) throw new Error('not billed');
    const paid = tx.settlements.update(bill.value.id, (s) => ({
      ...(structuredClone(s) as SettlementRecord),
      status: 'paid',
      paidAtMs: Date.now(),
    }));
    return paid.items[0]?.traceCodes[0] ?? '';
  });
}

/** Requests to the traceability-code endpoint the page sent. */
function traceRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.url.includes('/trace-codes/')) seen.push(request.url);
  });
  return seen;
}

afterEach(() => {
  vi.restoreAllMocks();
  server.events.removeAllListeners();
});

describe('查药品追溯码 on /safety', () => {
  it('names a wrong form before anything is sent: 19 or 21 digits, letters, nothing', async () => {
    signIn();
    const sent = traceRequests();
    const user = userEvent.setup();
    renderApp('/safety');
    const box = await screen.findByRole('textbox', { name: '药品追溯码（20 位数字）' });
    const submit = screen.getByRole('button', { name: '查询' });

    await user.click(submit);
    expect(box).toHaveAccessibleDescription(/请输入药盒上的 20 位追溯码/);
    await user.type(box, '8123456789012345678');
    await user.click(submit);
    expect(box).toHaveAccessibleDescription(/位数不够：您输入了 19 位，追溯码是 20 位数字/);
    await user.type(box, '90');
    await user.click(submit);
    expect(box).toHaveAccessibleDescription(/位数多了：您输入了 21 位/);
    await user.clear(box);
    await user.type(box, '8123456789O123456789');
    await user.click(submit);
    expect(box).toHaveAccessibleDescription(/追溯码只包含数字/);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
  });

  it('tidies full-width digits and spaces, then says a code no box was sold under is not sold yet', async () => {
    signIn();
    const user = userEvent.setup();
    renderApp('/safety');
    const box = await screen.findByRole('textbox', { name: '药品追溯码（20 位数字）' });
    await user.click(box);
    await user.paste('９１２３ ４５６７-8901\u200b2345 6789');
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(
      await screen.findByRole('heading', { name: '这个追溯码还没有销售记录' }),
    ).toBeInTheDocument();
    expect(screen.getByText('查询的追溯码：9123 4567 8901 2345 6789')).toBeInTheDocument();
  });

  it('checks /safety?trace=<code> at once: sold once, when and where; settled again, sold more than once with what to do', async () => {
    signIn();
    const code = soldBox();
    const user = userEvent.setup();
    renderApp(`/safety?trace=${code}`);
    expect(await screen.findByRole('heading', { name: '这盒药已销售过 1 次' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '药品追溯码（20 位数字）' })).toHaveValue(code);
    const sales = screen.getByRole('list', { name: '销售记录' });
    expect(within(sales).getByText('重庆**医院')).toBeInTheDocument();
    expect(screen.getByText('您本人的购药记录')).toBeInTheDocument();
    expect(screen.getByText('盐酸二甲双胍片')).toBeInTheDocument();

    transact((tx) => resellTraceCode(tx, code));
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(
      await screen.findByRole('heading', { name: '这盒药已被销售过 2 次，可能是回流药' }),
    ).toBeInTheDocument();
    expect(screen.getByText('不要购买或服用这盒药。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /医保服务热线\s*12393/ })).toHaveAttribute(
      'href',
      'tel:12393',
    );
    expect(screen.getAllByRole('link', { name: /全国反诈专线\s*96110/ }).length).toBeGreaterThan(1);
  });

  it('offline, says the check needs the network and sends nothing', async () => {
    signIn();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const sent = traceRequests();
    const user = userEvent.setup();
    renderApp('/safety');
    const box = await screen.findByRole('textbox', { name: '药品追溯码（20 位数字）' });
    await user.type(box, '81234567890123456789');
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText(/查询追溯码需要联网/)).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('signed out, asks the person to sign in first and comes back to the code', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/safety?trace=81234567890123456789');
    expect(await screen.findByText('登录后才能查询药品追溯码。')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '去登录' }));
    expect(router.pathname).toBe('/login');
  });

  it('says a failure in words, with a way to try again', async () => {
    signIn();
    const { http, HttpResponse } = await import('msw');
    server.use(
      http.get('*/api/trace-codes/:code', () =>
        HttpResponse.json({ code: 'SERVER_ERROR' }, { status: 500 }),
      ),
    );
    renderApp('/safety?trace=81234567890123456789');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
