import type { InputHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Already translated. */
  error?: string | null | undefined;
  errorRole?: 'alert' | undefined;
  hint?: string | undefined;
}

/** A labelled native text input with its error and hint tied to it (aria-describedby). */
export function TextField({
  label,
  value,
  onChange,
  error,
  errorRole,
  hint,
  ...rest
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} errorRole={errorRole}>
      {({ inputId, describedBy, invalid }) => (
        <input
          {...rest}
          id={inputId}
          className="field__input"
          value={value}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}
