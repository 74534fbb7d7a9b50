import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../hooks/use-estimate';
import type { ClaimDraft, MemberDraft } from '../stores/estimate-draft-store';
import { renderWithI18n } from '@/test/render-with-i18n';
import { EstimateResult } from './estimate-result';

const member: MemberDraft = {
  policyId: 'cq-employee-outpatient-2024',
  status: 'employed',
  enrolment: 'unit',
  balanceText: '100',
  ageText: '',
  baseText: '',
};

function claim(id: string, patch: Partial<ClaimDraft>): ClaimDraft {
  return {
    id,
    date: '2024-06-01',
    kind: 'outpatient',
    level: 3,
    amountText: '',
    otherText: '',
    deductibleMetAtPrescriber: false,
    touched: true,
    ...patch,
  };
}

describe('EstimateResult', () => {
  it('gives the totals, the other schemes’ part, and numbers claims as entered', () => {
    // Employed, level 3 (50 %): 1,000 with 300 paid by a special-disease scheme, 200 deductible:
    // pool (700 − 200) × 50 % = 250, fund 550; share 450, the account pays 100, cash 350.
    const view = computeEstimate(member, [
      claim('fresh', { touched: false }),
      claim('a', { amountText: '1000', otherText: '300' }),
    ]);
    renderWithI18n(<EstimateResult view={view} today="2024-12-31" />);
    const row = (label: string) => screen.getByText(label).nextElementSibling;
    expect(row('医保范围内费用')).toHaveTextContent('1,000.00 元');
    expect(row('其中特殊病种等已报销')).toHaveTextContent('300.00 元');
    expect(row('个人账户余额（测算后）')).toHaveTextContent('0.00 元');
    expect(
      screen.getByRole('article', { name: '第 2 笔 · 2024-06-01 · 门诊 · 1,000.00 元' }),
    ).toHaveTextContent('基金 550.00 元 · 账户 100.00 元 · 现金 350.00 元');
    // The row just added and not typed in is not a claim "to fix".
    expect(screen.queryByText(/笔费用未计入/)).not.toBeInTheDocument();
  });

  it('says how many claims are left out, and asks to fix the member form first when it is wrong', () => {
    const view = computeEstimate({ ...member, balanceText: '-1' }, [
      claim('a', { amountText: 'x' }),
    ]);
    renderWithI18n(<EstimateResult view={view} today="2024-12-31" />);
    expect(screen.getByRole('status')).toHaveTextContent(
      '有 1 笔费用未计入，按提示改正后即可计入。',
    );
    expect(screen.getByText('请先按提示改正上方的参保信息。')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
