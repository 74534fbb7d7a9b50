import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { lawOn } from '@/rules';
import { useEstimateDraft } from '../stores/estimate-draft-store';
import { renderWithI18n } from '@/test/render-with-i18n';
import { ClaimList } from './claim-list';

function Connected() {
  const state = useEstimateDraft();
  return (
    <ClaimList
      claims={state.claims}
      policy={lawOn(
        'cq-employee-outpatient-2024',
        { status: 'employed', enrolment: 'unit' },
        '2024-01-01',
      )}
      errors={{}}
      removed={state.removed}
      onAdd={() =>
        state.addClaim({
          date: '2024-03-05',
          kind: 'outpatient',
          level: 1,
          amountText: '',
          otherText: '',
          deductibleMetAtPrescriber: false,
          touched: false,
        })
      }
      onChange={state.updateClaim}
      onRemove={state.removeClaim}
      onUndo={state.undoRemove}
    />
  );
}

afterEach(() => useEstimateDraft.getState().reset());

describe('ClaimList', () => {
  it('puts the cursor in the new claim’s amount, numbered as the person sees it', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Connected />);
    expect(screen.getByText('还没有费用，请添加一笔。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '添加费用' }));
    await user.click(screen.getByRole('button', { name: '添加费用' }));
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(
      ['第 1 笔', '第 2 笔'],
    );
    expect(screen.getAllByLabelText('医保范围内费用（元）')[1]).toHaveFocus();
  });

  it('offers to undo a removal, with the focus on the offer', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Connected />);
    await user.click(screen.getByRole('button', { name: '添加费用' }));
    await user.click(screen.getByRole('button', { name: '添加费用' }));
    await user.click(screen.getByRole('button', { name: '删除第 1 笔' }));
    expect(screen.getByRole('status')).toHaveTextContent('已删除第 1 笔');
    expect(screen.getByRole('button', { name: '撤销' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(screen.getAllByRole('group')).toHaveLength(2);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getAllByLabelText('医保范围内费用（元）')[0]).toHaveFocus();
  });
});
