import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RULES_ERROR, type LawOnDay } from '@/rules';
import {
  inputsFor,
  isPlanned,
  todayIso,
  type ClaimField,
  type FieldErrors,
  type FieldMessage,
} from '../hooks/use-estimate';
import type { ClaimDraft, NewClaim } from '../stores/estimate-draft-store';
import {
  DateField,
  kindOptions,
  levelOptions,
  SelectField,
  TextField,
  toLevel,
  type LevelValue,
} from './fields';

interface ClaimEditorProps {
  claim: ClaimDraft;
  /** 1-based position in the list, as the person sees it. */
  n: number;
  policy: LawOnDay;
  errors: FieldErrors<ClaimField> | undefined;
  /** This is the only claim: removing it asks first, since the whole estimate goes with it. */
  isLast: boolean;
  autoFocus: boolean;
  /** YYYY-MM-DD on this device (today unless a test fixes it): later dates are planned. */
  today?: string;
  onChange: (id: string, patch: Partial<NewClaim>) => void;
  onRemove: (id: string) => void;
}

/** One claim's fields, each with its own message, and a way to remove it. */
export function ClaimEditor({
  claim,
  n,
  policy,
  errors,
  isLast,
  autoFocus,
  today = todayIso(),
  onChange,
  onRemove,
}: ClaimEditorProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  // A row just added is not wrong yet: its empty amount is only pointed out once touched.
  const shown = (field: ClaimField): FieldMessage | undefined => {
    const error = errors?.[field];
    return error && (claim.touched || error.key !== RULES_ERROR.amountEmpty) ? error : undefined;
  };
  const change = (patch: Partial<NewClaim>) => onChange(claim.id, { ...patch, touched: true });
  // The policy says which claim facts its rules read; the editor asks those and no others.
  const asks = inputsFor(policy.id);
  const hasShownError = (['date', 'kind', 'level', 'amount', 'other'] as const).some((f) =>
    shown(f),
  );

  return (
    <fieldset className="card claim">
      <legend className="claim__legend">{t('estimate.claims.item', { n })}</legend>
      <div className="claim__grid">
        <DateField
          label={t('estimate.claims.date')}
          value={claim.date}
          onChange={(date) => change({ date })}
          error={shown('date')}
        />
        <SelectField
          label={t('estimate.claims.kind')}
          value={claim.kind}
          options={kindOptions(t)}
          onChange={(kind) => change({ kind })}
          error={shown('kind')}
        />
        {asks('institutionLevel') ? (
          <SelectField
            label={t(
              claim.kind === 'pharmacy'
                ? 'estimate.claims.levelPrescriber'
                : 'estimate.claims.level',
            )}
            value={String(claim.level) as LevelValue}
            options={levelOptions(t)}
            onChange={(level) => change({ level: toLevel(level) })}
            error={shown('level')}
          />
        ) : null}
        <TextField
          label={t('estimate.claims.amount')}
          inputMode="decimal"
          value={claim.amountText}
          onChange={(amountText) => change({ amountText })}
          onBlur={() => (claim.touched ? undefined : change({}))}
          hint={t('estimate.claims.amountHint')}
          error={shown('amount')}
          autoFocus={autoFocus}
        />
        <TextField
          label={t('estimate.claims.other')}
          inputMode="decimal"
          value={claim.otherText}
          onChange={(otherText) => change({ otherText })}
          error={shown('other')}
        />
      </div>
      {isPlanned(claim.date, today) ? (
        <p className="claim__planned">{t('estimate.claims.planned')}</p>
      ) : null}
      {asks('prescriberWaiver') ? (
        <label className="switch-row">
          <span>{t('estimate.claims.metAtPrescriber')}</span>
          <input
            type="checkbox"
            checked={claim.deductibleMetAtPrescriber}
            onChange={(e) => change({ deductibleMetAtPrescriber: e.target.checked })}
          />
        </label>
      ) : null}
      {hasShownError ? (
        <p className="claim__excluded">{t('estimate.result.notCountedItem')}</p>
      ) : null}
      {confirming ? (
        <div className="claim__confirm">
          <p role="alert">{t('estimate.claims.removeLast')}</p>
          <div className="claim__actions">
            {/* Cancel first and focused: a slip of the thumb must not lose the last claim. */}
            <button
              type="button"
              className="btn btn--secondary"
              autoFocus
              onClick={() => setConfirming(false)}
            >
              {t('estimate.claims.cancel')}
            </button>
            <button type="button" className="btn btn--danger" onClick={() => onRemove(claim.id)}>
              {t('estimate.claims.confirm')}
            </button>
          </div>
        </div>
      ) : (
        <div className="claim__actions">
          <button
            type="button"
            className="btn btn--danger btn--small"
            onClick={() => (isLast ? setConfirming(true) : onRemove(claim.id))}
          >
            {t('estimate.claims.remove', { n })}
          </button>
        </div>
      )}
    </fieldset>
  );
}
