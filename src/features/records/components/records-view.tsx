import { useCallback, useId, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { RadioGroup } from '@/components/radio-group';
import { SelectField } from '@/components/select-field';
import type { RecordEntry, Records } from '@/api-contract/records';
import { DataText } from '@/components/data-text';
import { chinaDay, formatChinaTime } from '@/lib/china-time';
import { Meter } from '@/components/meter';
import { Money } from '@/components/money';
import { useMoney } from '@/components/use-money';
import { formatFenAsYuan } from '@/rules';
import '../i18n/records-strings';
import './records.css';

/** The China-time date of an instant: records are kept by the day in China. */
export { chinaDay };

export type KindFilter = 'all' | 'settlement' | 'account';
const KINDS: readonly KindFilter[] = ['all', 'settlement', 'account'];

function matchesKind(entry: RecordEntry, kind: KindFilter): boolean {
  if (kind === 'all') return true;
  const isBill = entry.kind === 'settlement' || entry.kind === 'refund';
  return kind === 'settlement' ? isBill : entry.accountFen !== 0 || !isBill;
}

/** The month filter and the type filter live in the URL: a reload or a shared link keeps them. */
function useFilters(records: Records) {
  const [params, setParams] = useSearchParams();
  const rawMonth = Number(params.get('month') ?? '');
  const thisMonth =
    chinaDay(records.asOfMs).slice(0, 4) === String(records.year)
      ? Number(chinaDay(records.asOfMs).slice(5, 7))
      : 12;
  const asked = Number.isInteger(rawMonth) && rawMonth >= 1 && rawMonth <= 12 ? rawMonth : null;
  // A month to come has nothing in it; say so rather than show an empty list as if it had passed.
  const future = asked !== null && asked > thisMonth ? asked : null;
  const month = future === null ? asked : null;
  const rawKind = params.get('kind');
  const kind: KindFilter = KINDS.includes(rawKind as KindFilter) ? (rawKind as KindFilter) : 'all';
  const set = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  return {
    month,
    future,
    kind,
    thisMonth,
    setMonth: (m: number | null) => set('month', m === null ? null : String(m)),
    setKind: (k: KindFilter) => set('kind', k === 'all' ? null : k),
    clear: () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('month');
          next.delete('kind');
          return next;
        },
        { replace: true },
      ),
  };
}

function Signed({ fen }: { fen: number }) {
  return (
    <span className={fen < 0 ? 'record-out' : 'record-in'}>
      {fen > 0 ? '+' : fen < 0 ? '−' : ''}
      <Money fen={Math.abs(fen)} />
    </span>
  );
}

function Totals({ records }: { records: Records }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { totals } = records;
  const meter = (used: number, total: number) =>
    t('records.totals.meterValue', {
      used: formatFenAsYuan(used),
      total: formatFenAsYuan(total),
    });
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('records.totals.title', { year: records.year })}
      </h2>
      <p className="muted small">
        {t('records.totals.asOf', {
          date: chinaDay(records.asOfMs),
          count: totals.settlementCount,
        })}
      </p>
      <dl className="definition-list records-totals">
        {(
          [
            ['total', totals.totalFen],
            ['policyRange', totals.policyRangeFen],
            ['fund', totals.fundFen],
            ['accountPaid', totals.accountPaidFen],
            ['cash', totals.cashFen],
            ['credited', totals.accountCreditedFen],
            ['spent', totals.accountSpentFen],
          ] as const
        ).map(([key, fen]) => (
          <div key={key}>
            <dt>{t(`records.totals.${key}`)}</dt>
            <dd>
              <Money fen={fen} />
            </dd>
          </div>
        ))}
      </dl>
      {records.policyId === null ? (
        <p className="muted small">{t('records.totals.noPolicy')}</p>
      ) : (
        <>
          {totals.deductibleFen === null ? (
            <p className="muted small">{t('records.totals.noDeductible')}</p>
          ) : (
            <Meter
              label={t('records.totals.deductible')}
              usedFen={totals.deductibleUsedFen}
              totalFen={totals.deductibleFen}
              valueText={meter(totals.deductibleUsedFen, totals.deductibleFen)}
            />
          )}
          {totals.capFen === null ? (
            <p className="muted small">{t('records.totals.noCap')}</p>
          ) : (
            <Meter
              label={t('records.totals.cap')}
              usedFen={totals.capUsedFen}
              totalFen={totals.capFen}
              valueText={meter(totals.capUsedFen, totals.capFen)}
            />
          )}
        </>
      )}
    </section>
  );
}

type Row =
  | { type: 'month'; key: string; label: string }
  | { type: 'entry'; key: string; entry: RecordEntry };

function EntryRow({ entry, linkReceipts }: { entry: RecordEntry; linkReceipts: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  const bill = entry.settlement;
  return (
    <>
      <p className="record-row__head">
        <span>
          {t(`records.entry.${entry.kind}`)}
          {bill?.status === 'pending' ? (
            <span className="tag tag--warn"> {t('records.entry.pending')}</span>
          ) : null}
        </span>
        {entry.accountFen !== 0 ? <Signed fen={entry.accountFen} /> : null}
      </p>
      <p className="muted small">
        {chinaDay(entry.atMs)} {formatChinaTime(entry.atMs, 'en-GB')}
        {bill ? (
          <>
            {' · '}
            <DataText>{bill.institutionName}</DataText>
          </>
        ) : null}
      </p>
      {bill ? (
        <>
          <p className="small">
            <Money fen={bill.totalFen} />
            {' · '}
            {t('records.entry.split', {
              fund: money(bill.fundFen),
              account: money(bill.accountFen),
              cash: money(bill.cashFen),
            })}
          </p>
          {linkReceipts ? (
            <Link className="tap-link" to={`/settlements/${encodeURIComponent(bill.id)}`}>
              {t('records.entry.receipt')}
            </Link>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Row height before measuring; rows measure themselves (elder mode wraps). */
const estimateSize = (index: number, rows: readonly Row[]) =>
  rows[index]?.type === 'month' ? 48 : 120;

function RecordList({ rows, linkReceipts }: { rows: readonly Row[]; linkReceipts: boolean }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const estimate = useCallback((index: number) => estimateSize(index, rows), [rows]);
  // A long year (a thousand lines) keeps only the rows in view in the DOM.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize: estimate,
    overscan: 6,
    initialRect: { width: 360, height: 640 },
    getItemKey,
  });
  return (
    <div
      ref={scrollRef}
      className="record-list"
      tabIndex={0}
      role="region"
      aria-label={t('records.list')}
    >
      <ul className="record-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={row.type === 'month' ? 'record-row record-row--month' : 'record-row'}
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
            >
              {row.type === 'month' ? (
                <h3 className="record-row__month">{row.label}</h3>
              ) : (
                <EntryRow entry={row.entry} linkReceipts={linkReceipts} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface RecordsViewProps {
  records: Records;
  onYear: (year: number) => void;
  /** The person's own receipts open; a family member's are not theirs to open here. */
  linkReceipts: boolean;
}

/** A year of records: the year's totals and meters, filters, and the lines month by month. */
export function RecordsView({ records, onYear, linkReceipts }: RecordsViewProps) {
  const { t } = useTranslation();
  const filters = useFilters(records);
  const { month, kind } = filters;
  const rows = useMemo(() => {
    const out: Row[] = [];
    let last = '';
    for (const entry of records.entries) {
      const day = chinaDay(entry.atMs);
      const m = Number(day.slice(5, 7));
      if (month !== null && m !== month) continue;
      if (!matchesKind(entry, kind)) continue;
      if (day.slice(0, 7) !== last) {
        last = day.slice(0, 7);
        out.push({
          type: 'month',
          key: `month-${last}`,
          label: t('records.monthHeading', { year: records.year, month: m }),
        });
      }
      out.push({ type: 'entry', key: entry.id, entry });
    }
    return out;
  }, [records, month, kind, t]);

  const months = Array.from({ length: filters.thisMonth }, (_, i) => i + 1);
  return (
    <div className="stack">
      <p className="muted">{t('records.intro')}</p>
      <Totals records={records} />
      <div className="records-filters">
        <SelectField
          label={t('records.year')}
          value={records.year}
          onChange={(value) => onYear(Number(value))}
        >
          {records.years.map((y) => (
            <option key={y} value={y}>
              {t('records.yearOption', { year: y })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('records.month')}
          value={month ?? ''}
          onChange={(value) => filters.setMonth(value === '' ? null : Number(value))}
        >
          <option value="">{t('records.allMonths')}</option>
          {months.map((m) => (
            <option key={m} value={m}>
              {t('records.monthOption', { month: m })}
            </option>
          ))}
        </SelectField>
      </div>
      <RadioGroup
        legend={t('records.kind')}
        name="records-kind"
        value={kind}
        options={KINDS.map((k) => ({ value: k, label: t(`records.kinds.${k}`) }))}
        onChange={filters.setKind}
      />
      {filters.future !== null ? (
        <p className="notice" role="status">
          {t('records.futureMonth', { month: filters.future })}
        </p>
      ) : null}
      {records.entries.length === 0 ? (
        <section className="card">
          <p>{t('records.empty.year', { year: records.year })}</p>
        </section>
      ) : rows.length === 0 ? (
        <section className="card stack">
          <p>{t('records.empty.filtered')}</p>
          <button type="button" className="btn btn--secondary" onClick={filters.clear}>
            {t('records.empty.clear')}
          </button>
        </section>
      ) : (
        <RecordList rows={rows} linkReceipts={linkReceipts} />
      )}
    </div>
  );
}
