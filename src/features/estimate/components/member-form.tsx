import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
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

const POLICY_CHOICES = { group: 'policy-choices', option: 'policy-choice' };

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
      <RadioGroup
        legend={t('estimate.member.policy')}
        legendClassName="field__label"
        classNames={POLICY_CHOICES}
        name={policyName}
        value={member.policyId}
        options={policies.map((p) => ({
          value: p.id,
          label: (
            <>
              <strong>{t(p.regionKey)}</strong> · {t(p.titleKey)}
            </>
          ),
        }))}
        describedBy={`${policyHintId}${errors.policyId ? ` ${policyErrorId}` : ''}`}
        invalid={errors.policyId !== undefined}
        onChange={(policyId) => onChange({ ...member, policyId })}
      >
        {errors.policyId ? (
          <p id={policyErrorId} className="field__error">
            {t(errors.policyId.key, errors.policyId.params)}
          </p>
        ) : null}
        <p id={policyHintId} className="muted small">
          {t('estimate.member.covers', { kinds, from: info.effectiveFrom })}
        </p>
      </RadioGroup>
      <RadioGroup
        legend={t('estimate.member.status')}
        legendClassName="field__label"
        name={statusName}
        value={member.status}
        options={MEMBER_STATUSES.map((status) => ({
          value: status,
          label: t(`estimate.member.statuses.${status}`),
        }))}
        onChange={(status) => onChange({ ...member, status })}
      />
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
