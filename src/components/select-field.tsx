import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'value' | 'children'
> {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  /** Already translated. */
  error?: string | null | undefined;
  errorRole?: 'alert' | undefined;
  hint?: string | undefined;
  /** The `<option>`s. */
  children: ReactNode;
}

/**
 * A labelled native select with its error and hint tied to it, on the same shell as TextField:
 * a native select, not antd-mobile's Picker, so the phone's own wheel opens and it is labelled.
 */
export function SelectField({
  label,
  value,
  onChange,
  error,
  errorRole,
  hint,
  children,
  ...rest
}: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} errorRole={errorRole}>
      {({ inputId, describedBy, invalid }) => (
        <select
          {...rest}
          id={inputId}
          className="field__input"
          value={value}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}
