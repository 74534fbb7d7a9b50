import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/*
 * Labelled form fields on the shell's .field classes. Native inputs, not antd-mobile's: its Input
 * does not forward aria-invalid/aria-describedby (docs/decisions/001), and a field's error and
 * hint must be read out with it.
 */

interface FieldShellProps {
  label: string;
  hint?: string | undefined;
  /** Already translated; shown under the input and tied to it. */
  error?: string | null | undefined;
  children: (ids: {
    inputId: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ReactNode;
}

/** A label, the control `children` draws with the ids it needs, its error and its hint. */
export function FieldShell({ label, hint, error, children }: FieldShellProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy =
    [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {children({ inputId, describedBy, invalid: Boolean(error) })}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="muted small">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Already translated. */
  error?: string | null | undefined;
  hint?: string | undefined;
}

/** A labelled native text input with its error and hint tied to it (aria-describedby). */
export function TextInput({ label, value, onChange, error, hint, ...rest }: TextInputProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
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
