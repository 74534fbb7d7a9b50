import { useId, type ReactNode } from 'react';

/*
 * Labelled form fields on the shell's .field classes. Native inputs, not antd-mobile's: its Input
 * does not forward aria-invalid/aria-describedby (docs/decisions/001), and a field's error and
 * hint must be read out with it.
 */

interface FieldShellProps {
  /** Usually a string; a node when part of it is data in its own language (DataText). */
  label: ReactNode;
  hint?: string | undefined;
  /** Already translated; shown under the input and tied to it. */
  error?: string | null | undefined;
  /**
   * `alert` where the error appears after a tap elsewhere (a submit button, leaving the field),
   * so a screen reader says it without the person going back to the field.
   */
  errorRole?: 'alert' | undefined;
  children: (ids: {
    inputId: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ReactNode;
}

/** A label, the control `children` draws with the ids it needs, its error and its hint. */
export function FieldShell({ label, hint, error, errorRole, children }: FieldShellProps) {
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
        <p id={errorId} className="field__error" role={errorRole}>
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
