import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordEntry, Records } from '@/api-contract/records';
import { i18n } from '@/lib/i18n';
import { RecordsView } from './records-view';

/** Noon in China on a day of 2026. */
const at = (month: number, day: number) => Date.UTC(2026, month - 1, day, 4);

const credit = (month: number): RecordEntry => ({
  id: `credit-${month}`,
  kind: 'credit',
  atMs: at(month, 1),
  accountFen: 11_500,
  settlement: null,
});

const bill: RecordEntry = {
  id: 'stl-1',
  kind: 'settlement',
  atMs: at(5, 20),
  accountFen: -4_000,
  settlement: {
    id: 'stl-1',
    settlementNo: 'JS0001',
    institutionName: '重庆医科大学附属第一医院',
    status: 'paid',
    totalFen: 30_000,
    policyRangeFen: 30_000,
    fundFen: 12_000,
    accountFen: 4_000,
    cashFen: 14_000,
  },
};

/** A year seen in mid-June: five monthly credits and one bill in May. */
function records(entries: RecordEntry[]): Records {
  return {
    year: 2026,
    asOfMs: at(6, 15),
    years: [2026],
    policyId: 'cq-employee-outpatient-2024',
    totals: {
      settlementCount: entries.some((e) => e.kind === 'settlement') ? 1 : 0,
      totalFen: 30_000,
      policyRangeFen: 30_000,
      fundFen: 12_000,
      accountPaidFen: 4_000,
      cashFen: 14_000,
      deductibleUsedFen: 10_000,
      deductibleFen: 10_000,
      capUsedFen: 12_000,
      capFen: 400_000,
      accountCreditedFen: 57_500,
      accountSpentFen: 4_000,
    },
    entries,
  };
}

const YEAR = records([credit(6), bill, credit(5), credit(4), credit(3), credit(2), credit(1)]);

function Where() {
  const location = useLocation();
  return <p data-testid="search">{location.search}</p>;
}

function renderAt(search: string, data: Records = YEAR) {
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[`/records${search}`]}>
        <RecordsView records={data} onYear={vi.fn()} linkReceipts />
        <Where />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('RecordsView', () => {
  // jsdom lays nothing out: the list gets a phone's height and each row a line's, so the
  // virtualiser has a window to fill.
  beforeEach(() => {
    const size = (list: number, row: number) =>
      function (this: HTMLElement) {
        if (this.classList.contains('record-list')) return list;
        return this.classList.contains('record-row') ? row : 0;
      };
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(size(640, 80));
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(size(360, 360));
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(size(640, 80));
  });

  it('shows the year’s totals and meters, and each bill with its split and receipt', () => {
    renderAt('');
    expect(screen.getByText('截至 2026-06-15，共 1 笔结算')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '起付线已用' })).toHaveAttribute(
      'aria-valuetext',
      '100.00 / 100.00 元',
    );
    expect(screen.getByRole('progressbar', { name: '统筹限额已用' })).toHaveAttribute(
      'aria-valuetext',
      '120.00 / 4,000.00 元',
    );
    const list = screen.getByRole('region', { name: '记录列表' });
    expect(list).toHaveTextContent(
      '300.00 元 · 基金 120.00 元 · 个人账户 40.00 元 · 现金 140.00 元',
    );
    expect(within(list).getByRole('link', { name: '查看电子结算单' })).toHaveAttribute(
      'href',
      '/settlements/stl-1',
    );
    expect(within(list).getByRole('heading', { name: '2026 年 6 月' })).toBeInTheDocument();
  });

  it('offers only the months that have come, and says so for a month to come in the link', () => {
    renderAt('?month=9');
    expect(screen.getByRole('status')).toHaveTextContent('9 月还没到，没有记录。已为您显示全年。');
    const months = within(screen.getByRole('combobox', { name: '月份' })).getAllByRole('option');
    expect(months.map((o) => o.textContent)).toEqual([
      '全年',
      '1 月',
      '2 月',
      '3 月',
      '4 月',
      '5 月',
      '6 月',
    ]);
    // The whole year is shown instead.
    expect(screen.getAllByText('个人账户每月划入')).not.toHaveLength(0);
  });

  it('filters by month and kind in the URL, and clears a filter that leaves nothing', async () => {
    const user = userEvent.setup();
    renderAt('');
    await user.selectOptions(screen.getByRole('combobox', { name: '月份' }), '5');
    expect(screen.getByTestId('search')).toHaveTextContent('month=5');
    const list = screen.getByRole('region', { name: '记录列表' });
    expect(within(list).getByText('医保结算')).toBeInTheDocument();
    expect(within(list).getAllByText('个人账户每月划入')).toHaveLength(1);

    await user.click(screen.getByRole('radio', { name: '结算' }));
    expect(screen.getByTestId('search')).toHaveTextContent('kind=settlement');
    expect(within(list).queryByText('个人账户每月划入')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '月份' }), '2');
    expect(screen.getByText('这个月份和类型下没有记录。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '显示全年全部记录' }));
    expect(screen.getByTestId('search')).toHaveTextContent('');
    expect(screen.getAllByText('个人账户每月划入').length).toBeGreaterThan(1);
  });

  it('says why a year with nothing is empty', () => {
    renderAt('', records([]));
    expect(screen.getByText(/^2026 年没有医保结算，个人账户也没有进出。/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '记录列表' })).not.toBeInTheDocument();
  });
});
