import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '@/components/inline-error';
import { useErrorText } from '@/components/error-view';
import { isApiError } from '@/lib/api-error';
import { useDemoOutbox } from '@/lib/demo-outbox';
import { normalisePhone, validatePhone } from '@/lib/phone';
import { cleanNumericInput } from '@/lib/clean-input';
import { TextField } from '@/components/text-field';
import { useLogin } from '../api/login';
import { useSendSmsCode } from '@/lib/send-sms-code';

const CODE_DIGITS = 6;

/**
 * The resend wait of each number asked for: the backend limits a number, not a device, so a
 * person who corrects a mistyped number can ask for the right one's code at once.
 */
function useCountdown(phone: string | null): [number, (phone: string, seconds: number) => void] {
  const [untilByPhone, setUntilByPhone] = useState<Readonly<Record<string, number>>>({});
  const [now, setNow] = useState(() => Date.now());
  const until = phone === null ? 0 : (untilByPhone[phone] ?? 0);
  useEffect(() => {
    if (until <= now) return;
    const id = window.setTimeout(() => setNow(Date.now()), 250);
    return () => window.clearTimeout(id);
  }, [until, now]);
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  return [
    left,
    (forPhone, seconds) => {
      setNow(Date.now());
      setUntilByPhone((m) => ({ ...m, [forPhone]: Date.now() + seconds * 1000 }));
    },
  ];
}

function ApiErrorText({ error }: { error: unknown }) {
  const text = useErrorText(error);
  return <>{text}</>;
}

/**
 * Sign-in answers 404 when no insured person has the phone. The code step cannot say so (it
 * would tell anyone whether a number is enrolled), so this is the first place the person can
 * learn why, and "nothing was found" would not tell them which detail to check.
 */
function LoginErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.kind === 'http' && error.code === 'NOT_FOUND')
    return <>{t('auth.phoneNotEnrolled')}</>;
  return <ApiErrorText error={error} />;
}

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const currentPhone = validatePhone(phone) ? null : normalisePhone(phone);
  const [secondsLeft, startCountdown] = useCountdown(currentPhone);
  const sendCode = useSendSmsCode();
  // What the last request said belongs to the number it was for, not to a corrected one.
  const sendAnswerShown = sendCode.variables !== undefined && sendCode.variables === currentPhone;
  const login = useLogin();

  const checkPhone = (): string | null => {
    const problem = validatePhone(phone);
    setPhoneError(problem ? t(`auth.validation.${problem}`) : null);
    return problem ? null : normalisePhone(phone);
  };

  const onSendCode = () => {
    const valid = checkPhone();
    if (!valid) return;
    sendCode.mutate(valid, {
      onSuccess: (res) => {
        startCountdown(valid, res.resendAfterSeconds);
        // Demo builds only: the bundler drops this branch, and the outbox, from production.
        if (__DEMO__) useDemoOutbox.getState().setSmsCode(res.demoCode ?? null);
      },
      onError: (error) => {
        if (isApiError(error) && error.retryAfterSeconds)
          startCountdown(valid, error.retryAfterSeconds);
      },
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const valid = checkPhone();
    const trimmed = code.trim();
    const codeProblem =
      trimmed === '' ? 'codeRequired' : /^\d{6}$/.test(trimmed) ? null : 'codeFormat';
    setCodeError(codeProblem ? t(`auth.validation.${codeProblem}`) : null);
    if (!valid || codeProblem) return;
    login.mutate(
      { phone: valid, code: trimmed },
      {
        onSuccess: () => {
          if (__DEMO__) useDemoOutbox.getState().setSmsCode(null);
          onSignedIn();
        },
      },
    );
  };

  const codeId = `${ids}-code`;
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextField
        label={t('auth.phone')}
        type="tel"
        inputMode="numeric"
        autoComplete="tel-national"
        placeholder={t('auth.phonePlaceholder')}
        value={phone}
        maxLength={20}
        error={phoneError}
        errorRole="alert"
        onChange={(value) => {
          setPhone(value);
          setPhoneError(null);
        }}
        // Only ever adds a message on blur: clearing it here would move the buttons below
        // under a finger that is already tapping them.
        onBlur={() => {
          const problem = phone ? validatePhone(phone) : null;
          if (problem) setPhoneError(t(`auth.validation.${problem}`));
        }}
      />
      <div className="field">
        <label htmlFor={codeId} className="field__label">
          {t('auth.code')}
        </label>
        <div className="field__row">
          <input
            id={codeId}
            className="field__input"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            placeholder={t('auth.codePlaceholder')}
            value={code}
            // Room for what a paste brings around the six digits; the digits are kept, six at most.
            maxLength={CODE_DIGITS * 2}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={codeError ? `${codeId}-error` : undefined}
            onChange={(e) => {
              // A code pasted from the SMS may come in full width or with invisible characters.
              setCode(cleanNumericInput(e.target.value).replace(/\D/g, '').slice(0, CODE_DIGITS));
              setCodeError(null);
            }}
          />
          <button
            type="button"
            className="btn btn--secondary"
            disabled={secondsLeft > 0 || sendCode.isPending}
            onClick={onSendCode}
          >
            {secondsLeft > 0 ? t('auth.resendIn', { seconds: secondsLeft }) : t('auth.sendCode')}
          </button>
        </div>
        {codeError ? (
          <p id={`${codeId}-error`} className="field__error" role="alert">
            {codeError}
          </p>
        ) : null}
        {sendCode.isSuccess && sendAnswerShown ? (
          <p className="field__hint" role="status">
            {t('auth.codeSent')}
          </p>
        ) : null}
      </div>
      {sendCode.isError && sendAnswerShown ? (
        <InlineError>
          <ApiErrorText error={sendCode.error} />
        </InlineError>
      ) : null}
      {login.isError ? (
        <InlineError>
          <LoginErrorText error={login.error} />
        </InlineError>
      ) : null}
      <button type="submit" className="btn btn--primary btn--block" disabled={login.isPending}>
        {login.isPending ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
