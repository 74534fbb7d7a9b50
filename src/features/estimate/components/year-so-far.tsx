import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chinaDay } from '@/lib/china-time';
import { useMoney } from '@/components/use-money';
import { formatFenAsYuan } from '@/rules';
import { parseBalance, type FieldMessage } from '../hooks/use-estimate';
import { TextField } from './fields';

/** This year's use as the person's records gave it (the records feature's shape, by structure). */
export interface RecordedYear {
  year: number;
  asOfMs: number;
  deductibleUsedFen: number;
  poolPaidFen: number;
  settlementCount: number;
  /** When this device last had them; with `offline`, how old the figures may be. */
  savedAtMs: number;
}

/** Typed instead of the records: the texts as typed, kept while the screen is open. */
export interface SoFarOverride {
  deductibleText: string;
  poolText: string;
}

export interface SoFarValue {
  deductibleUsedFen: number;
  poolPaidFen: number;
  errors: { deductible?: FieldMessage; pool?: FieldMessage };
}

/** The figures the estimate starts from: typed ones when the person overrode, else the records. */
export function soFarValue(
  recorded: RecordedYear | null,
  override: SoFarOverride | null,
): SoFarValue {
  if (override === null) {
    return {
      deductibleUsedFen: recorded?.deductibleUsedFen ?? 0,
      poolPaidFen: recorded?.poolPaidFen ?? 0,
      errors: {},
    };
  }
  const deductible = parseBalance(override.deductibleText);
  const pool = parseBalance(override.poolText);
  return {
    deductibleUsedFen: 'fen' in deductible ? deductible.fen : 0,
    poolPaidFen: 'fen' in pool ? pool.fen : 0,
    errors: {
      ...('error' in deductible ? { deductible: deductible.error } : {}),
      ...('error' in pool ? { pool: pool.error } : {}),
    },
  };
}

function ageText(t: ReturnType<typeof useTranslation>['t'], ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes < 60
    ? t('estimate.soFar.minutes', { count: minutes })
    : t('estimate.soFar.hours', { count: Math.round(minutes / 60) });
}

interface YearSoFarProps {
  year: number;
  recorded: RecordedYear | null;
  /** The records came from this tab's copy because the network is gone. */
  offline: boolean;
  override: SoFarOverride | null;
  onOverride: (override: SoFarOverride | null) => void;
  nowMs: number;
}

/**
 * Where the year stands before the claims below: the deductible met and what the pool has paid,
 * from the person's settlements (docs/decisions/024), or typed by the person.
 */
export function YearSoFar({
  year,
  recorded,
  offline,
  override,
  onOverride,
  nowMs,
}: YearSoFarProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const value = soFarValue(recorded, override);
  const money = useMoney();
  const fromRecords = recorded !== null && override === null;
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('estimate.soFar.title', { year })}
      </h2>
      {fromRecords ? (
        <>
          <p>
            {t('estimate.soFar.fromRecords', {
              date: chinaDay(recorded.asOfMs),
              count: recorded.settlementCount,
              deductible: money(recorded.deductibleUsedFen),
              pool: money(recorded.poolPaidFen),
            })}
          </p>
          {offline ? (
            <p className="notice" role="status">
              {t('estimate.soFar.offlineCopy', { age: ageText(t, nowMs - recorded.savedAtMs) })}
            </p>
          ) : null}
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() =>
              onOverride({
                deductibleText: formatFenAsYuan(recorded.deductibleUsedFen, { grouping: false }),
                poolText: formatFenAsYuan(recorded.poolPaidFen, { grouping: false }),
              })
            }
          >
            {t('estimate.soFar.override')}
          </button>
        </>
      ) : (
        <>
          <p className="muted small">
            {recorded === null ? t('estimate.soFar.none') : t('estimate.soFar.typed')}
          </p>
          <TextField
            label={t('estimate.soFar.deductible')}
            inputMode="decimal"
            value={override?.deductibleText ?? ''}
            onChange={(deductibleText) =>
              onOverride({ deductibleText, poolText: override?.poolText ?? '' })
            }
            error={value.errors.deductible}
          />
          <TextField
            label={t('estimate.soFar.pool')}
            inputMode="decimal"
            value={override?.poolText ?? ''}
            onChange={(poolText) =>
              onOverride({ deductibleText: override?.deductibleText ?? '', poolText })
            }
            error={value.errors.pool}
          />
          {recorded !== null ? (
            <button type="button" className="btn btn--secondary" onClick={() => onOverride(null)}>
              {t('estimate.soFar.useRecords')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
