import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '@/components/use-money';
import { Meter as SharedMeter } from '@/components/meter';
import {
  formatFenAsYuan,
  lawOn,
  type Enrolment,
  type MemberStatus,
  type LawOnDay,
  type YearResult,
} from '@/rules';

/** The shared bar with the estimator's words for its amounts. */
function Meter({ label, usedFen, totalFen }: { label: string; usedFen: number; totalFen: number }) {
  const { t } = useTranslation();
  const valueText = t('estimate.meters.value', {
    used: formatFenAsYuan(usedFen),
    total: formatFenAsYuan(totalFen),
  });
  return <SharedMeter label={label} usedFen={usedFen} totalFen={totalFen} valueText={valueText} />;
}

interface ProgressMetersProps {
  policy: LawOnDay;
  status: MemberStatus;
  enrolment: Enrolment;
  /** The estimate's years; empty before any claim counts. */
  years: readonly YearResult[];
  /** Shown while no claim counts yet: at zero, or at what the year had used before. */
  currentYear: number;
  startOfYear?: Pick<YearResult, 'year' | 'deductibleUsedFen' | 'poolPaidFen'> | undefined;
}

/** How much of each year's deductible and cap the counted claims have used. */
export const ProgressMeters = memo(function ProgressMeters({
  policy,
  status,
  enrolment,
  years,
  currentYear,
  startOfYear,
}: ProgressMetersProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const rows: readonly Pick<YearResult, 'year' | 'deductibleUsedFen' | 'poolPaidFen'>[] =
    years.length > 0
      ? years
      : [startOfYear ?? { year: currentYear, deductibleUsedFen: 0, poolPaidFen: 0 }];
  // Parameters are dated: each year's meters use the amounts in force at that year's end.
  const rulesOf = (year: number) => lawOn(policy.id, { status, enrolment }, `${year}-12-31`);
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
                totalFen={deductible.amountFen}
              />
            ) : (
              <p className="muted small">
                {deductible.per === 'visit'
                  ? t('estimate.meters.perVisit', {
                      money: money(deductible.amountFen),
                    })
                  : t('estimate.meters.noDeductible')}
              </p>
            )}
            {cap.capFen !== null ? (
              <Meter
                label={t('estimate.meters.cap')}
                usedFen={row.poolPaidFen}
                totalFen={cap.capFen}
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
