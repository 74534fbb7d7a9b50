import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SelectField } from './select-field';

describe('SelectField', () => {
  it('is named by its label, described by its hint, and reports the chosen value', async () => {
    const onChange = vi.fn();
    render(
      <SelectField label="城市" hint="选择后显示区县" value="cq" onChange={onChange}>
        <option value="cq">重庆市</option>
        <option value="ty">太原市</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: '城市' });
    expect(select).toHaveAccessibleDescription('选择后显示区县');
    expect(select).not.toHaveAttribute('aria-invalid');
    await userEvent.selectOptions(select, '太原市');
    expect(onChange).toHaveBeenCalledWith('ty');
  });

  it('marks itself invalid with its error', () => {
    render(
      <SelectField label="关系" error="请选择关系" value="" onChange={vi.fn()}>
        <option value="">请选择</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: '关系' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('请选择关系');
  });
});
