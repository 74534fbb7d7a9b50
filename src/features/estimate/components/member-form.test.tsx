import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '@/lib/i18n';
import { RULES_ERROR } from '@/rules';
import type { MemberDraft } from '../stores/estimate-draft-store';
import { renderWithI18n } from '@/test/render-with-i18n';
import { MemberForm } from './member-form';

const member: MemberDraft = {
  policyId: 'cq-employee-outpatient-2024',
  status: 'employed',
  enrolment: 'unit',
  balanceText: '',
  ageText: '',
  baseText: '',
};

function Harness({ onChange }: { onChange: (m: MemberDraft) => void }) {
  const [value, setValue] = useState(member);
  return (
    <MemberForm
      member={value}
      errors={{}}
      prefilled={false}
      onChange={(m) => {
        setValue(m);
        onChange(m);
      }}
    />
  );
}

describe('MemberForm', () => {
  it('says in natural English what a policy covers, not a label after "Covers:"', async () => {
    await loadLanguage('en-US');
    try {
      renderWithI18n(<Harness onChange={vi.fn()} />);
      expect(
        screen.getByText(
          'For outpatient visits and pharmacy purchases on prescription; in force from 2024-01-01',
        ),
      ).toBeInTheDocument();
    } finally {
      await loadLanguage('zh-CN');
    }
  });

  it('lists every bundled policy by region and says what the chosen one covers', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithI18n(<Harness onChange={onChange} />);
    expect(screen.getByRole('heading', { name: '参保信息', level: 2 })).toBeInTheDocument();
    expect(
      screen.getByText('报销范围：门诊、药店凭处方买药；2024-01-01 起施行'),
    ).toBeInTheDocument();
    // Every policy is a choice of its own whose whole name is its label (a select cut it off).
    const group = screen.getByRole('group', { name: '参保地政策' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['cq-employee-outpatient-2024', 'sx-pharmacy-2023', 'fz-drg-2021']);
    expect(
      screen.getByRole('radio', { name: '重庆市 · 重庆职工医保普通门诊统筹（2024年起）' }),
    ).toBeChecked();
    expect(group).toHaveAccessibleDescription('报销范围：门诊、药店凭处方买药；2024-01-01 起施行');
    // Chongqing's cap and credit depend on the enrolment, so it is asked there ...
    await user.selectOptions(screen.getByLabelText('参保方式'), 'individual-tier2');
    await user.click(
      screen.getByRole('radio', { name: '福建省福州市 · 福州住院按病种打包付费（DRG，2021年起）' }),
    );
    expect(screen.getByText('报销范围：住院；2021-07-20 起施行')).toBeInTheDocument();
    // ... and not under a policy whose rules do not read it (docs/decisions/016).
    expect(screen.queryByLabelText('参保方式')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '退休' }));
    expect(onChange).toHaveBeenLastCalledWith({
      ...member,
      policyId: 'fz-drg-2021',
      status: 'retired',
      enrolment: 'individual-tier2',
    });
  });

  it('shows a balance error on the field and says when values came from the profile', () => {
    renderWithI18n(
      <MemberForm
        member={{ ...member, balanceText: '1.234' }}
        errors={{ balance: { key: RULES_ERROR.amountTooManyDecimals, params: { maxDecimals: 2 } } }}
        prefilled
        onChange={() => {}}
      />,
    );
    expect(screen.getByText('已按您的参保信息填好，可以修改。')).toBeInTheDocument();
    const balance = screen.getByLabelText('个人账户余额（元）');
    expect(balance).toHaveAttribute('aria-invalid', 'true');
    expect(balance).toHaveAccessibleDescription(
      '金额最多保留 2 位小数（精确到分）。 不填按 0 元算',
    );
  });
});
