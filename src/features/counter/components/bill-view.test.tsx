import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readState } from '@mocks/db';
import { callApi } from '@mocks/test-utils';
import { settlementSchema } from '@/api-contract/settlement';
import {
  CQ_HOSPITAL,
  METFORMIN,
  issueCode,
  payOnPhone,
  playInstitution,
  renderCounter,
  signInPerson,
} from '@/test/counter-fixtures';
import { CounterScreen } from './counter-screen';

// antd-mobile's dialog is the shared confirmation; here the cashier always says yes.
vi.mock('@/components/confirm', () => ({ confirm: () => Promise.resolve(true) }));

async function billWalkIn() {
  const token = signInPerson();
  const code = await issueCode(token);
  playInstitution('500000', CQ_HOSPITAL);
  const user = userEvent.setup();
  renderCounter(<CounterScreen />);
  await user.type(await screen.findByRole('textbox', { name: '医保码内容' }), code);
  await user.click(screen.getByRole('button', { name: '读取医保码' }));
  await user.selectOptions(await screen.findByRole('combobox', { name: '药品' }), METFORMIN);
  const quantity = screen.getByRole('textbox', { name: '数量' });
  await user.clear(quantity);
  await user.type(quantity, '3');
  await user.click(screen.getByRole('button', { name: '添加项目' }));
  await user.click(screen.getByRole('button', { name: '结算' }));
  const bill = await screen.findByRole('article', { name: /^结算单/ });
  return { token, user, bill };
}

describe('the bill at the counter', () => {
  it('shows the split, its reasons and totals, waits for the phone, then dispenses', async () => {
    const { token, user, bill } = await billWalkIn();
    expect(within(bill).getByText('待支付')).toBeVisible();
    expect(within(bill).getByText('统筹基金支付')).toBeVisible();
    expect(within(bill).getByText('个人账户支付')).toBeVisible();
    expect(within(bill).getByText('个人现金支付')).toBeVisible();
    expect(within(bill).getByText('等待参保人在手机上确认并支付…')).toBeVisible();
    expect(within(bill).getByText('计算依据')).toBeVisible();
    const settlement = readState().settlements.all()[0];
    if (!settlement) throw new Error('not billed');
    expect(settlement.items[0]?.quantity).toBe(3);
    // A second bill while this one waits would count the deductible twice.
    expect(screen.getByRole('button', { name: '结算' })).toBeDisabled();

    // The person pays on their phone; the counter sees it by itself (polling, here).
    const paid = await payOnPhone(token, settlement.id, settlement.split.cashFen);
    expect(paid.error?.code ?? paid.status).toBe(200);
    expect(await within(bill).findByText('已支付')).toBeVisible();
    await user.click(within(bill).getByRole('button', { name: '发药' }));
    expect(await within(bill).findByText(/发药$/)).toBeVisible();
    expect(within(bill).queryByRole('button', { name: '发药' })).toBeNull();
  });

  it('cancels a pending bill, and says so when it was paid meanwhile', async () => {
    const { token, user, bill } = await billWalkIn();
    const settlement = readState().settlements.all()[0];
    if (!settlement) throw new Error('not billed');
    await payOnPhone(token, settlement.id, settlement.split.cashFen);
    // The screen has not heard yet: the cashier cancels what is, by now, paid.
    await user.click(within(bill).getByRole('button', { name: '撤销账单' }));
    expect(await within(bill).findByText(/这张结算单已支付、已撤销或已退费/)).toBeVisible();
  });

  it('refunds a paid bill once, and says when it was refunded already', async () => {
    const { token, user, bill } = await billWalkIn();
    const settlement = readState().settlements.all()[0];
    if (!settlement) throw new Error('not billed');
    await payOnPhone(token, settlement.id, settlement.split.cashFen);
    await within(bill).findByText('已支付');
    // Another counter tab refunds it first.
    await callApi('POST', `/counter/settlements/${settlement.id}/refund`, {
      body: { institutionId: CQ_HOSPITAL },
      schema: settlementSchema,
    });
    await user.click(within(bill).getByRole('button', { name: '退费' }));
    expect(await within(bill).findByText('这笔账单已经退费')).toBeVisible();
    expect(await within(bill).findByText('已退费')).toBeVisible();
  });
});
