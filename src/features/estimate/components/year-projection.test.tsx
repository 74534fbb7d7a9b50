import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { MemberDraft, ProjectionDraft } from '../stores/estimate-draft-store';
import { renderWithI18n } from '@/test/render-with-i18n';
import { YearProjection } from './year-projection';

const retiree: MemberDraft = {
  policyId: 'cq-employee-outpatient-2024',
  status: 'retired',
  enrolment: 'unit',
  balanceText: '500',
  ageText: '72',
  baseText: '',
};

function Harness({ member: initial }: { member: MemberDraft }) {
  const [member, setMember] = useState(initial);
  const [draft, setDraft] = useState<ProjectionDraft>({
    visitsText: '1',
    costText: '',
    kind: 'outpatient',
    level: 1,
  });
  return (
    <YearProjection
      member={member}
      draft={draft}
      year={2025}
      onChange={setDraft}
      onMemberChange={setMember}
    />
  );
}

const figure = (label: string) => screen.getByText(label).nextElementSibling;

describe('YearProjection', () => {
  it('projects the year’s cash and the account at year end with the monthly credit and its source', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness member={retiree} />);
    await user.type(screen.getByLabelText('每次医保范围内费用（元）'), '150');
    // 12 visits × 150 = 1,800; deductible 100, then 70 %: fund 1,190; share 610, all from the
    // account, which starts at 500 and gets 115 a month (72 years old).
    expect(figure('今年自己现金支付')).toHaveTextContent('0.00 元');
    expect(figure('个人账户支付')).toHaveTextContent('610.00 元');
    expect(figure('每月划入个人账户')).toHaveTextContent('115.00 元');
    expect(figure('年底个人账户余额')).toHaveTextContent('1,270.00 元');
    // 72 is past the threshold: no promise of a higher amount "from 70" as if still to come.
    expect(
      screen.getByText('退休人员（72 岁，已满 70 岁）按较高标准每月定额划入个人账户 115.00 元。'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/满 70 岁后标准更高/)).not.toBeInTheDocument();
    // The clause is its own element (marked as Chinese data), so the sentence is read whole.
    expect(
      screen.getByText(
        (_, el) =>
          el?.classList.contains('steps__source') === true &&
          /^来源：重庆市.*第九条第二款/.test(el.textContent ?? ''),
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByText('每月明细'));
    const table = screen.getByRole('table', { name: '每月明细' });
    expect(within(table).getAllByRole('row')).toHaveLength(13);
  });

  it('asks for the age a Chongqing retiree’s credit depends on', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness member={{ ...retiree, ageText: '' }} />);
    await user.type(screen.getByLabelText('每次医保范围内费用（元）'), '150');
    // Empty is not yet a mistake: the section asks for what is missing.
    expect(screen.getByLabelText('年龄')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByText('还需填写：年龄。填好后这里显示估算。')).toBeInTheDocument();
    await user.type(screen.getByLabelText('年龄'), '200');
    expect(screen.getByLabelText('年龄')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('请填写 0 到 150 之间的整数年龄。')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('年龄'));
    await user.type(screen.getByLabelText('年龄'), '65');
    expect(figure('每月划入个人账户')).toHaveTextContent('105.00 元');
    expect(
      screen.getByText('退休人员（65 岁）每月定额划入个人账户 105.00 元，满 70 岁后标准更高。'),
    ).toBeInTheDocument();
  });

  it('names each field it still waits for, and says it leaves out the costs entered above', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness member={{ ...retiree, ageText: '' }} />);
    expect(
      screen.getByText(
        '这是另一种估算：只按下面填的每月情况算全年，不包含上面“就医费用”里填的费用，两者不要相加。',
      ),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText('每月就诊次数'));
    expect(
      screen.getByText(
        '还需填写：每月就诊次数、每次医保范围内费用（元）、年龄。填好后这里显示估算。',
      ),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('每月就诊次数'), '2');
    await user.type(screen.getByLabelText('年龄'), '72');
    expect(
      screen.getByText('还需填写：每次医保范围内费用（元）。填好后这里显示估算。'),
    ).toBeInTheDocument();
  });

  it('asks an employee for the contribution base and explains bad visits', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness member={{ ...retiree, status: 'employed' }} />);
    expect(screen.queryByLabelText('年龄')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('月缴费基数（元）'), '6500');
    await user.type(screen.getByLabelText('每次医保范围内费用（元）'), '100');
    expect(figure('每月划入个人账户')).toHaveTextContent('130.00 元');
    await user.clear(screen.getByLabelText('每月就诊次数'));
    await user.type(screen.getByLabelText('每月就诊次数'), '40');
    expect(screen.getByText('每月就诊次数请填 0 到 31 之间的整数。')).toBeInTheDocument();
  });
});
