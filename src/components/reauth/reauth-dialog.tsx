import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import { useErrorText } from '@/components/error-view';
import { FieldShell } from '@/components/field-shell';
import { InlineError } from '@/components/inline-error';
import { maskPhone } from '@/lib/mask';
import { isApiError } from '@/lib/api-error';
import { useSendSmsCode } from '@/lib/send-sms-code';
import { useReauth } from './use-reauth';
import { normaliseAmountText } from '@/rules';
import './i18n/reauth-strings';
import './reauth.css';

type Method = 'voucher-password' | 'sms';

interface ReauthDialogProps {
  /** What the person confirms: "move 500.00 yuan …"; the dialog is the confirmation. */
  summary: string;
  /** The person's own phone, for an SMS code; without it only the password is offered. */
  phone: string | undefined;
  onGranted: (grant: string) => void;
  onCancel: () => void;
}

/** A refused reauth or code request: the lock's time left, the tries left, or the API's words. */
function useReauthErrorText(error: unknown): string {
  const { t } = useTranslation();
  const apiText = useErrorText(error);
  if (isApiError(error) && error.code === 'REAUTH_LOCKED') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t('reauth.locked', { minutes });
  }
  if (isApiError(error) && error.code === 'REAUTH_PASSWORD_WRONG' && error.attemptsLeft) {
    // How many tries are left, before the lock rather than after it.
    return t('reauth.wrongPassword', { left: error.attemptsLeft });
  }
  return apiText;
}

function ErrorLine({ error }: { error: unknown }) {
  return <InlineError>{useReauthErrorText(error)}</InlineError>;
}

/**
 * Re-authentication before money moves: the e-voucher password (five wrong tries lock it, and
 * the lock's time left is shown) or an SMS code to the person's own phone. What is typed stays
 * when an answer is an error.
 */
export function ReauthDialog({ summary, phone, onGranted, onCancel }: ReauthDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [method, setMethod] = useState<Method>('voucher-password');
  const [secret, setSecret] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const reauth = useReauth();
  const sendCode = useSendSmsCode();
  const reauthErrorText = useReauthErrorText(reauth.error);
  // Once granted, the screen's money request runs while the dialog stays up with its buttons
  // off, and the screen closes it when that request settles: a second tap of a double tap lands
  // on a disabled button here, not on whatever lies under a dialog that has already gone.
  const granted = reauth.isSuccess;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, [method]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !granted) onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel, granted]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // React carries events up its own tree, through the portal: the screen's form must not
    // take this submit for its own.
    event.stopPropagation();
    if (reauth.isPending || granted) return;
    // Full-width digits from a Chinese keyboard count as digits.
    const digits = normaliseAmountText(secret).trim();
    if (!/^\d{6}$/.test(digits)) {
      setLocalError(t('reauth.sixDigits'));
      return;
    }
    setLocalError(null);
    reauth.mutate(
      method === 'voucher-password'
        ? { method, password: digits }
        : { method: 'sms', code: digits },
      { onSuccess: (answer) => onGranted(answer.grant) },
    );
  };

  // In a portal: a form inside the screen's form would be invalid HTML, and its submit the
  // outer form's.
  return createPortal(
    <div className="modal-sheet">
      <form
        className="modal-sheet__panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={submit}
        noValidate
      >
        <h2 id={titleId} className="modal-sheet__title">
          {t('reauth.title')}
        </h2>
        <p>{summary}</p>
        <RadioGroup
          legend={t('reauth.title')}
          legendClassName="field__label"
          name="reauth-method"
          value={method}
          options={(['voucher-password', 'sms'] as const).map((m) => ({
            value: m,
            label: t(m === 'sms' ? 'reauth.smsMethod' : 'reauth.passwordMethod'),
            disabled: m === 'sms' && phone === undefined,
          }))}
          onChange={(m) => {
            setMethod(m);
            setSecret('');
            setLocalError(null);
            reauth.reset();
          }}
        />
        {method === 'sms' && phone !== undefined ? (
          <div className="field">
            <button
              type="button"
              className="btn btn--secondary"
              disabled={sendCode.isPending}
              onClick={() => sendCode.mutate(phone)}
            >
              {t('reauth.sendCode')}
            </button>
            {sendCode.isSuccess ? (
              <p className="muted small" role="status">
                {t('reauth.codeSent', { phone: maskPhone(phone) })}
              </p>
            ) : null}
            {sendCode.isError ? <ErrorLine error={sendCode.error} /> : null}
          </div>
        ) : null}
        <FieldShell
          label={t(method === 'sms' ? 'reauth.codeLabel' : 'reauth.passwordLabel')}
          // One message at a time: a six-digit slip after a refusal says what to fix now.
          error={localError ?? (reauth.isError ? reauthErrorText : null)}
          errorRole="alert"
        >
          {({ inputId, describedBy, invalid }) => (
            <input
              ref={input}
              id={inputId}
              className="field__input"
              type={method === 'sms' ? 'text' : 'password'}
              inputMode="numeric"
              autoComplete={method === 'sms' ? 'one-time-code' : 'off'}
              maxLength={6}
              value={secret}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => setSecret(e.target.value)}
            />
          )}
        </FieldShell>
        <div className="modal-sheet__buttons">
          <button
            type="button"
            className="btn btn--secondary"
            disabled={granted}
            onClick={onCancel}
          >
            {t('reauth.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={reauth.isPending || granted}
            aria-busy={granted}
          >
            {t(granted ? 'reauth.working' : 'reauth.confirm')}
          </button>
        </div>
      </form>
    </div>,
    document.body,
  );
}
