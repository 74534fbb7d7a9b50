import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  definitionOn,
  findDatedPolicy,
  formatFenAsYuan,
  type Enrolment,
  type MemberStatus,
  type PolicyDefinition,
  type YearResult,
} from '@/rules';

interface MeterProps {
  label: string;
  usedFen: number;
  totalFen: number;
}

/** A labelled bar with its amounts in words, so the value never depends on seeing the bar. */
function Meter({ label, usedFen, totalFen }: MeterProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const percent = totalFen > 0 ? Math.min(100, Math.floor((usedFen * 100) / totalFen)) : 0;
  const text = t('estimate.meters.value', {
    used: formatFenAsYuan(usedFen),
    total: formatFenAsYuan(totalFen),
  });
  return (
    <div className="meter">
      <div className="meter__head">
        <span id={labelId}>{label}</span>
        <span className="meter__value">{text}</span>
      </div>
      <div
        className="meter__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className="meter__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

interface ProgressMetersProps {
  policy: PolicyDefinition;
  status: MemberStatus;
  enrolment: Enrolment;
  /** The estimate's years; empty before any claim counts. */
  years: readonly YearResult[];
  /** Shown (at zero) while no claim counts yet. */
  currentYear: number;
}

/** How much of each year's deductible and cap the counted claims have used. */
export const ProgressMeters = memo(function ProgressMeters({
  policy,
  status,
  enrolment,
  years,
  currentYear,
}: ProgressMetersProps) {
  const { t } = useTranslation();
  const rows: readonly Pick<YearResult, 'year' | 'deductibleUsedFen' | 'poolPaidFen'>[] =
    years.length > 0 ? years : [{ year: currentYear, deductibleUsedFen: 0, poolPaidFen: 0 }];
  const dated = findDatedPolicy(policy.id);
  // Parameters are dated: each year's meters use the amounts in force at that year's end.
  const rulesOf = (year: number) =>
    dated === undefined || `${year}-12-31` < policy.effectiveFrom
      ? policy
      : definitionOn(dated, `${year}-12-31`);
  return (
    <div className="stack meters">
      {rows.map((row) => {
        const { deductible, cap } = rulesOf(row.year);
        return (
          <div key={row.year} className="card stack">
            <h3 className="meters__title">{t('estimate.meters.title', { year: row.year })}</h3>
            {deductible.per === 'calendar-year' ? (
              <Meter
                label={t('estimate.meters.deductible')}
                usedFen={row.deductibleUsedFen}
                totalFen={deductible.amountFen[status]}
              />
            ) : (
              <p className="muted small">
                {deductible.per === 'visit'
                  ? t('estimate.meters.perVisit', {
                      amount: formatFenAsYuan(deductible.amountFen[status]),
                    })
                  : t('estimate.meters.noDeductible')}
              </p>
            )}
            {cap.per === 'calendar-year' ? (
              <Meter
                label={t('estimate.meters.cap')}
                usedFen={row.poolPaidFen}
                totalFen={cap.amountFen[status][enrolment]}
              />
            ) : (
              <p className="muted small">{t('estimate.meters.noCap')}</p>
            )}
          </div>
        );
      })}
    </div>
  );
});
