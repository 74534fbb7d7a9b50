import type { ReactNode } from 'react';
import { useErrorText } from './error-view';

type InlineErrorProps =
  { error: unknown; children?: never } | { children: ReactNode; error?: never };

/**
 * A form's error said where the form is and read out at once: a failed request in the API's own
 * words, or the form's own message as children. Unlike ErrorView it offers no retry: sending the
 * form again is the retry.
 */
export function InlineError(props: InlineErrorProps) {
  return (
    <p role="alert" className="form__error">
      {props.children === undefined ? <ErrorText error={props.error} /> : props.children}
    </p>
  );
}

function ErrorText({ error }: { error: unknown }) {
  return useErrorText(error);
}
