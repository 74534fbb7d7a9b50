import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InlineError } from './inline-error';

describe('InlineError', () => {
  it('reads out the form’s own message at once', () => {
    render(<InlineError>请选择关系</InlineError>);
    expect(screen.getByRole('alert')).toHaveTextContent('请选择关系');
  });

  it('says a failed request in words, never as the raw error', () => {
    render(<InlineError error={new Error('socket hang up')} />);
    const alert = screen.getByRole('alert');
    expect(alert).not.toHaveTextContent('socket hang up');
    expect(alert.textContent).not.toBe('');
  });
});
