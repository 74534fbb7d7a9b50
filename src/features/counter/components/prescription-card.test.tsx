import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readState } from '@mocks/db';
import {
  CQ_PHARMACY,
  issueCode,
  playInstitution,
  renderCounter,
  signInPerson,
} from '@/test/counter-fixtures';
import { CounterScreen } from './counter-screen';

async function openPharmacyVisit() {
  const code = await issueCode(signInPerson());
  playInstitution('500000', CQ_PHARMACY);
  const user = userEvent.setup();
  renderCounter(<CounterScreen />);
  await user.type(await screen.findByRole('textbox', { name: '医保码内容' }), code);
  await user.click(screen.getByRole('button', { name: '读取医保码' }));
  const cards = await screen.findAllByRole('article', { name: /处方：/ });
  // The seed sends one prescription here; the person's others here were collected before.
  const rx = cards.find((card) => within(card).queryByText(/待取药/) !== null);
  if (!rx) throw new Error('no prescription to collect');
  return { user, rx };
}

describe('the pharmacist review at the counter', () => {
  it('lists the prescription sent here with its items, and refuses a refusal without a reason', async () => {
    const { user, rx } = await openPharmacyVisit();
    expect(within(rx).getAllByText(/平台价 .* 元/).length).toBeGreaterThan(0);
    expect(within(rx).getAllByText(/甲类|乙类/).length).toBeGreaterThan(0);

    await user.click(within(rx).getByRole('button', { name: '拒绝调配' }));
    await user.click(within(rx).getByRole('button', { name: '确认拒绝' }));
    const reason = within(rx).getByRole('textbox', { name: '拒绝原因' });
    expect(reason).toHaveAccessibleDescription(/请填写拒绝原因/);
    // Nothing was sent: the prescription is still unreviewed.
    expect(readState().counterVisits.all()[0]?.reviews).toEqual([]);

    await user.type(reason, '剂量超出常规用量');
    await user.click(within(rx).getByRole('button', { name: '确认拒绝' }));
    expect(await within(rx).findByText('已拒绝：剂量超出常规用量')).toBeVisible();
  });

  it('approves, prefills the platform prices, notes a higher price, and shows a price of 0 refused', async () => {
    const { user, rx } = await openPharmacyVisit();
    await user.click(within(rx).getByRole('button', { name: '审核通过' }));
    expect(await within(rx).findByText('已审核通过')).toBeVisible();

    const prices = within(rx).getAllByRole('textbox', { name: /^单价（元）：/ });
    expect(prices.length).toBeGreaterThan(0);
    const first = prices[0];
    if (!first) throw new Error('no price field');
    expect((first as HTMLInputElement).value).toMatch(/^\d+\.\d{2}$/);

    await user.clear(first);
    await user.type(first, '999');
    expect(first).toHaveAccessibleDescription(/由参保人现金自付/);

    await user.clear(first);
    await user.type(first, '0');
    await user.click(within(rx).getByRole('button', { name: '结算' }));
    expect(await within(rx).findByText(/单价无效：不能为 0/)).toBeVisible();
    expect(first).toHaveValue('0');
  });

  it('bills the approved prescription at the prices shown', async () => {
    const { user, rx } = await openPharmacyVisit();
    await user.click(within(rx).getByRole('button', { name: '审核通过' }));
    await user.click(await within(rx).findByRole('button', { name: '结算' }));
    expect(await screen.findByText('待支付')).toBeVisible();
    await waitFor(() => expect(readState().settlements.all()).toHaveLength(1));
  });
});
