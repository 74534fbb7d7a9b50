import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RadioGroup } from './radio-group';

const options = [
  { value: 'wechat', label: '微信支付' },
  { value: 'alipay', label: '支付宝' },
  { value: 'card', label: '银行卡', disabled: true },
] as const;

describe('RadioGroup', () => {
  it('is a group named by its legend, with one radio per option', () => {
    render(
      <RadioGroup
        legend="支付方式"
        name="channel"
        value="alipay"
        options={options}
        onChange={vi.fn()}
      />,
    );
    const group = screen.getByRole('group', { name: '支付方式' });
    expect(group).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('radio', { name: '支付宝' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '微信支付' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: '银行卡' })).toBeDisabled();
  });

  it('reports the chosen value, and says when the group is invalid', async () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        legend="支付方式"
        name="channel"
        value={null}
        options={options}
        invalid
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('group', { name: '支付方式' })).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('radio', { name: '微信支付' }));
    expect(onChange).toHaveBeenCalledWith('wechat');
  });

  it('disables every option when the whole group is', () => {
    render(
      <RadioGroup
        legend="支付方式"
        name="channel"
        value={null}
        options={options}
        disabled
        onChange={vi.fn()}
      />,
    );
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  it('takes a look of its own and keeps its hint inside the group, as its description', () => {
    render(
      <RadioGroup
        legend="参保地政策"
        name="policy"
        value="wechat"
        options={options}
        classNames={{ group: 'choices', option: 'choice' }}
        describedBy="policy-hint"
        onChange={vi.fn()}
      >
        <p id="policy-hint">只看门诊</p>
      </RadioGroup>,
    );
    const group = screen.getByRole('group', { name: '参保地政策' });
    expect(group).toHaveClass('choices');
    expect(group).not.toHaveClass('segmented');
    expect(group).toHaveAccessibleDescription('只看门诊');
    expect(group).toContainElement(screen.getByText('只看门诊'));
    expect(screen.getByRole('radio', { name: '微信支付' }).closest('label')).toHaveClass('choice');
  });
});
