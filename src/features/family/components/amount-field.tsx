import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '@/components/use-money';
import { parseYuan, type AmountError } from '../lib/amount';
import '../i18n/family-strings';

export type AmountCheck =
  { ok: true; fen: number } | { ok: false; error: Exclude<AmountError, 'tooLarge'> | 'tooMuch' };

/** The amount check the form and the field share: parse, then the balance. */
export function checkAmount(text: string, maxFen: number): AmountCheck {
  const parsed = parseYuan(text);
  // Past the parser's ceiling is past any balance too: the limit that binds this person is the
  // balance they see, so that is the one the message names.
  if (!parsed.ok) {
    return { ok: false, error: parsed.error === 'tooLarge' ? 'tooMuch' : parsed.error };
  }
  if (parsed.fen > maxFen) return { ok: false, error: 'tooMuch' };
  return parsed;
}

interface AmountFieldProps {
  value: string;
  onChange: (text: string) => void;
  maxFen: number;
  showError: boolean;
}

/** An amount in 元, kept as typed (nothing is lost on an error), checked without floats. */
export function AmountField({ value, onChange, maxFen, showError }: AmountFieldProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const result = checkAmount(value, maxFen);
  const error = showError && !result.ok ? result.error : null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('family.amount.label')}
      </label>
      <input
        id={id}
        className="field__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        placeholder={t('family.amount.placeholder')}
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={hintId} className="muted small">
        {t('family.amount.available', { money: money(maxFen) })}
      </p>
      {error ? (
        <p id={errorId} className="form__error" role="alert">
          {t(`family.amount.error.${error}`, { money: money(maxFen) })}
        </p>
      ) : null}
    </div>
  );
}
