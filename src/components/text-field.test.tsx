import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TextField } from './text-field';

function Controlled({ error, hint }: { error?: string; hint?: string }) {
  const [value, setValue] = useState('');
  return <TextField label="收货人" value={value} onChange={setValue} error={error} hint={hint} />;
}

describe('TextField', () => {
  it('is named by its label and keeps what is typed', async () => {
    render(<Controlled />);
    const input = screen.getByRole('textbox', { name: '收货人' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
    await userEvent.type(input, '林华');
    expect(input).toHaveValue('林华');
  });

  it('ties its hint to the input', () => {
    render(<Controlled hint="与证件一致" />);
    expect(screen.getByRole('textbox', { name: '收货人' })).toHaveAccessibleDescription(
      '与证件一致',
    );
  });

  it('marks itself invalid and is described by the error before the hint', () => {
    render(<Controlled error="请输入收货人" hint="与证件一致" />);
    const input = screen.getByRole('textbox', { name: '收货人' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('请输入收货人 与证件一致');
  });
});
