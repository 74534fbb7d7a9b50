import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lawOn, RULES_ERROR } from '@/rules';
import type { ClaimDraft } from '../stores/estimate-draft-store';
import { renderWithI18n } from '@/test/render-with-i18n';
import { ClaimEditor } from './claim-editor';

const draft: ClaimDraft = {
  id: 'c1',
  date: '2024-03-05',
  kind: 'pharmacy',
  level: 3,
  amountText: '',
  otherText: '',
  deductibleMetAtPrescriber: false,
  touched: false,
};
const employedUnit = { status: 'employed', enrolment: 'unit' } as const;
const cq = lawOn('cq-employee-outpatient-2024', employedUnit, draft.date);
const empty = { amount: { key: RULES_ERROR.amountEmpty, params: {} } };

function renderEditor(props: Partial<Parameters<typeof ClaimEditor>[0]> = {}) {
  const onChange = vi.fn();
  const onRemove = vi.fn();
  renderWithI18n(
    <ClaimEditor
      claim={draft}
      n={1}
      policy={cq}
      errors={undefined}
      isLast={false}
      autoFocus={false}
      onChange={onChange}
      onRemove={onRemove}
      {...props}
    />,
  );
  return { onChange, onRemove };
}

describe('ClaimEditor', () => {
  it('does not call a row just added wrong, and does once it has been touched', () => {
    renderEditor({ errors: empty });
    expect(screen.getByLabelText('医保范围内费用（元）')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText('请输入金额。')).not.toBeInTheDocument();
  });

  it('shows a touched field’s message next to it and says the claim is not counted', () => {
    renderEditor({ claim: { ...draft, touched: true }, errors: empty });
    const amount = screen.getByLabelText('医保范围内费用（元）');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription('请输入金额。 最多两位小数');
    expect(screen.getByText('未计入：请按提示改正')).toBeInTheDocument();
  });

  it('asks for the prescribing hospital’s level for a pharmacy purchase and marks every edit as touched', async () => {
    const user = userEvent.setup();
    const { onChange } = renderEditor();
    await user.selectOptions(screen.getByLabelText('开处方医院的等级'), '一级医院');
    expect(onChange).toHaveBeenLastCalledWith('c1', { level: 1, touched: true });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('offers the prescriber-deductible box only for per-visit deductibles, and no level for flat ratios', async () => {
    const user = userEvent.setup();
    const { onChange } = renderEditor({
      policy: lawOn('sx-pharmacy-2023', employedUnit, draft.date),
    });
    expect(screen.queryByLabelText(/等级/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '开处方的医院已收过起付线' }));
    expect(onChange).toHaveBeenLastCalledWith('c1', {
      deductibleMetAtPrescriber: true,
      touched: true,
    });
  });

  it('removes at once unless it is the last claim, which asks first', async () => {
    const user = userEvent.setup();
    const { onRemove } = renderEditor({ isLast: true });
    await user.click(screen.getByRole('button', { name: '删除第 1 笔' }));
    expect(onRemove).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      '这是最后一笔费用，删除后结果会清空。确定删除吗？',
    );
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(onRemove).toHaveBeenCalledWith('c1');
  });
});
