import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ENROLMENTS, MEMBER_STATUSES, policies } from '@/rules';
import { inputsFor, policyById, type FieldErrors, type MemberField } from '../hooks/use-estimate';
import type { MemberDraft } from '../stores/estimate-draft-store';
import { SelectField, TextField } from './fields';
import { listText } from '@/lib/list-text';

interface MemberFormProps {
  member: MemberDraft;
  errors: FieldErrors<MemberField>;
  /** The values came from the signed-in person's profile. */
  prefilled: boolean;
  onChange: (member: MemberDraft) => void;
}

/** Policy, status, enrolment and account balance: who the estimate is for. */
export function MemberForm({ member, errors, prefilled, onChange }: MemberFormProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const statusName = useId();
  const policyName = useId();
  const policyHintId = useId();
  const policyErrorId = useId();
  const { info } = policyById(member.policyId);
  const kinds = listText(
    info.kinds.map((k) => t(`estimate.member.coversKind.${k}`)),
    i18n.language,
  );
  return (
    <section className="card stack estimator__section" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('estimate.member.title')}
      </h2>
      {prefilled ? <p className="muted small">{t('estimate.member.prefilled')}</p> : null}
      {/* Radios, not a select: a closed select shows one line and cut the policy names off on
          a phone (more so with elder mode's larger text); these wrap and show every word. */}
      <fieldset
        className="policy-choices"
        aria-describedby={`${policyHintId}${errors.policyId ? ` ${policyErrorId}` : ''}`}
      >
        <legend className="field__label">{t('estimate.member.policy')}</legend>
        {policies.map((p) => (
          <label key={p.id} className="policy-choice">
            <input
              type="radio"
              name={policyName}
              value={p.id}
              checked={member.policyId === p.id}
              aria-invalid={errors.policyId !== undefined}
              onChange={() => onChange({ ...member, policyId: p.id })}
            />
            <span>
              <strong>{t(p.regionKey)}</strong> · {t(p.titleKey)}
            </span>
          </label>
        ))}
        {errors.policyId ? (
          <p id={policyErrorId} className="field__error">
            {t(errors.policyId.key, errors.policyId.params)}
          </p>
        ) : null}
        <p id={policyHintId} className="muted small">
          {t('estimate.member.covers', { kinds, from: info.effectiveFrom })}
        </p>
      </fieldset>
      <fieldset className="segmented">
        <legend className="field__label">{t('estimate.member.status')}</legend>
        {MEMBER_STATUSES.map((status) => (
          <label key={status} className="segmented__option">
            <input
              type="radio"
              name={statusName}
              value={status}
              checked={member.status === status}
              onChange={() => onChange({ ...member, status })}
            />
            <span>{t(`estimate.member.statuses.${status}`)}</span>
          </label>
        ))}
      </fieldset>
      {/* Asked only where the policy's rules read it (the Chongqing cap and credit do). */}
      {inputsFor(member.policyId, member)('enrolment') ? (
        <SelectField
          label={t('estimate.member.enrolment')}
          value={member.enrolment}
          options={ENROLMENTS.map((e) => ({
            value: e,
            label: t(`estimate.member.enrolments.${e}`),
          }))}
          onChange={(enrolment) => onChange({ ...member, enrolment })}
          error={errors.enrolment}
        />
      ) : null}
      <TextField
        label={t('estimate.member.balance')}
        inputMode="decimal"
        value={member.balanceText}
        onChange={(balanceText) => onChange({ ...member, balanceText })}
        hint={t('estimate.member.balanceHint')}
        error={errors.balance}
      />
    </section>
  );
}
