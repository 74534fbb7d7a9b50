import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '@/components/use-money';
import { messageParams, RULES_STEP, type MessageParams } from '@/rules';
import {
  inputsFor,
  missingProjectionFields,
  projectionNeeds,
  useProjection,
  type FieldMessage,
} from '../hooks/use-estimate';
import type { MemberDraft, ProjectionDraft } from '../stores/estimate-draft-store';
import { SourceText } from '@/components/source-text';
import {
  kindOptions,
  levelOptions,
  SelectField,
  TextField,
  toLevel,
  type LevelValue,
} from './fields';

interface YearProjectionProps {
  member: MemberDraft;
  draft: ProjectionDraft;
  /** The calendar year to project: this year on the person's device. */
  year: number;
  onChange: (draft: ProjectionDraft) => void;
  onMemberChange: (member: MemberDraft) => void;
}

/**
 * The rules word the retiree credit for someone still under the age threshold; a person who has
 * reached it is told so instead of being promised a higher amount later.
 */
function creditKey(rule: { messageKey: string; params: MessageParams }): string {
  const { age, ageThreshold } = rule.params;
  return rule.messageKey === RULES_STEP.accountCreditRetired &&
    typeof age === 'number' &&
    typeof ageThreshold === 'number' &&
    age >= ageThreshold
    ? 'estimate.projection.creditRetiredReached'
    : rule.messageKey;
}

/** Visits a month at a typical cost → this year's cash, and the account with its monthly credits. */
export function YearProjection({
  member,
  draft,
  year,
  onChange,
  onMemberChange,
}: YearProjectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const tableId = useId();
  const { result, errors, memberErrors } = useProjection(member, draft, year);
  const asks = inputsFor(member.policyId);
  const needs = projectionNeeds(member);
  const missing = missingProjectionFields(member, draft);
  const money = useMoney();
  // An empty field is a question not yet answered, not a mistake: it gets the hint below.
  const unlessEmpty = (text: string, error: FieldMessage | undefined) =>
    text.trim() === '' ? undefined : error;

  return (
    <section className="card stack estimator__section" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('estimate.projection.title', { year })}
      </h2>
      <p className="muted small">{t('estimate.projection.intro')}</p>
      {/* Said, not merged: the projection is a typical year from 1 January with the balance
          entered above; folding in dated claims would mean guessing which months they replace. */}
      <p className="notice">{t('estimate.projection.separate')}</p>
      <div className="claim__grid">
        <TextField
          label={t('estimate.projection.visits')}
          inputMode="numeric"
          value={draft.visitsText}
          onChange={(visitsText) => onChange({ ...draft, visitsText })}
          error={unlessEmpty(draft.visitsText, errors.visits)}
        />
        <TextField
          label={t('estimate.projection.cost')}
          inputMode="decimal"
          value={draft.costText}
          onChange={(costText) => onChange({ ...draft, costText })}
          error={unlessEmpty(draft.costText, errors.cost)}
        />
        <SelectField
          label={t('estimate.claims.kind')}
          value={draft.kind}
          options={kindOptions(t)}
          onChange={(kind) => onChange({ ...draft, kind })}
          error={errors.kind}
        />
        {asks('institutionLevel') ? (
          <SelectField
            label={t(
              draft.kind === 'pharmacy'
                ? 'estimate.claims.levelPrescriber'
                : 'estimate.claims.level',
            )}
            value={String(draft.level) as LevelValue}
            options={levelOptions(t)}
            onChange={(level) => onChange({ ...draft, level: toLevel(level) })}
            error={errors.level}
          />
        ) : null}
        {needs.age ? (
          <TextField
            label={t('estimate.projection.age')}
            inputMode="numeric"
            value={member.ageText}
            onChange={(ageText) => onMemberChange({ ...member, ageText })}
            error={unlessEmpty(member.ageText, memberErrors.age)}
          />
        ) : null}
        {needs.base ? (
          <TextField
            label={t('estimate.projection.base')}
            inputMode="decimal"
            value={member.baseText}
            onChange={(baseText) => onMemberChange({ ...member, baseText })}
            error={unlessEmpty(member.baseText, memberErrors.base)}
          />
        ) : null}
      </div>
      {errors.year ? (
        <p className="notice notice--warn">{t(errors.year.key, errors.year.params)}</p>
      ) : null}
      {memberErrors.balance ? (
        <p className="notice notice--warn">{t('estimate.result.fixMember')}</p>
      ) : null}
      {result === null && !errors.year && !memberErrors.balance && missing.length > 0 ? (
        <p className="muted">
          {t('estimate.projection.fill', {
            fields: missing.map((key) => t(key)).join(t('estimate.listSeparator')),
          })}
        </p>
      ) : null}
      {result ? (
        <>
          <dl className="definition-list result-totals">
            <div className="result-totals__cash">
              <dt>{t('estimate.projection.cash')}</dt>
              <dd>{money(result.cashFen)}</dd>
            </div>
            <div>
              <dt>{t('estimate.projection.account')}</dt>
              <dd>{money(result.accountFen)}</dd>
            </div>
            <div>
              <dt>{t('estimate.projection.fund')}</dt>
              <dd>{money(result.fundFen)}</dd>
            </div>
            <div>
              <dt>{t('estimate.projection.credit')}</dt>
              <dd>{money(result.monthlyCreditFen)}</dd>
            </div>
            <div className="result-totals__fund">
              <dt>{t('estimate.projection.balanceEnd')}</dt>
              <dd>{money(result.balanceEndFen)}</dd>
            </div>
          </dl>
          {result.creditRule ? (
            <div className="steps__item">
              <p>{t(creditKey(result.creditRule), messageParams(result.creditRule.params))}</p>
              <SourceText
                source={result.creditRule.source}
                assumed={result.creditRule.basis === 'assumed'}
              />
            </div>
          ) : (
            <p className="muted small">{t('estimate.projection.noCredit')}</p>
          )}
          <p className="muted small">{t('estimate.projection.assumption')}</p>
          <details className="projection__months">
            <summary id={tableId}>{t('estimate.projection.months')}</summary>
            <div className="table-scroll" role="region" aria-labelledby={tableId} tabIndex={0}>
              <table className="months" aria-labelledby={tableId}>
                <thead>
                  <tr>
                    <th scope="col">{t('estimate.projection.colMonth')}</th>
                    <th scope="col">{t('estimate.projection.colCredit')}</th>
                    <th scope="col">{t('estimate.projection.colAccount')}</th>
                    <th scope="col">{t('estimate.projection.colBalance')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{t('estimate.projection.month', { month: m.month })}</th>
                      <td>{money(m.creditFen)}</td>
                      <td>{money(m.accountFen)}</td>
                      <td>{money(m.balanceEndFen)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : null}
    </section>
  );
}
