import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FamilyMovement } from '@/api-contract/family';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { Money } from '@/components/money';
import { SelectField } from '@/components/select-field';
import { Skeleton } from '@/components/skeleton';
import { maskName } from '@/lib/mask';
import { useFamilyHistory } from '../api/get-family-history';
import '../i18n/family-strings';
import './family.css';

function localDate(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// Money leaving the family account shows as minus, money coming in as plus.
const SIGN: Record<FamilyMovement['kind'], '+' | '-'> = {
  'transfer-in': '+',
  premium: '-',
  refund: '+',
  return: '-',
};

function Row({ movement }: { movement: FamilyMovement }) {
  const { t } = useTranslation();
  return (
    <li>
      <div className="family-list__main">
        <span>{t(`family.history.kind.${movement.kind}`)}</span>
        {movement.relativeName && movement.relation && movement.year !== null ? (
          <span className="small">
            {t(`family.relation.${movement.relation}`)}{' '}
            <DataText>{maskName(movement.relativeName)}</DataText>
            {' · '}
            {t('family.pay.yearOption', { year: movement.year })}
          </span>
        ) : null}
        <span className="muted small">
          {localDate(movement.at)} · {t(`family.history.status.${movement.status}`)}
        </span>
        {movement.receiptId ? (
          <Link className="small tap-link" to={`/family/receipts/${movement.receiptId}`}>
            {t('family.history.receipt')}
          </Link>
        ) : null}
      </div>
      <span className="family-list__amount">
        {SIGN[movement.kind]}
        <Money fen={movement.amountFen} />
      </span>
    </li>
  );
}

/** Every movement, newest first, filterable by relative (?relative=); balances from the ledger. */
export function HistoryView() {
  const { t } = useTranslation();
  const history = useFamilyHistory();
  const [params, setParams] = useSearchParams();
  if (history.isPending) return <Skeleton lines={5} />;
  if (history.isError) {
    return <ErrorView error={history.error} onRetry={() => void history.refetch()} />;
  }
  const data = history.data;
  const relatives = new Map<string, FamilyMovement>();
  for (const m of data.movements)
    if (m.relativeId && !relatives.has(m.relativeId)) relatives.set(m.relativeId, m);
  const selected = params.get('relative') ?? '';
  const shown = selected ? data.movements.filter((m) => m.relativeId === selected) : data.movements;
  return (
    <>
      <section className="card" aria-labelledby="history-balances">
        <h2 id="history-balances" className="card__title">
          {t('family.title')}
        </h2>
        <dl className="family-balances">
          <div>
            <dt>{t('family.balances.family')}</dt>
            <dd data-testid="history-family-balance">
              <Money fen={data.familyBalanceFen} />
            </dd>
          </div>
          <div>
            <dt>{t('family.balances.personal')}</dt>
            <dd>
              <Money fen={data.personalBalanceFen} />
            </dd>
          </div>
          <div>
            <dt>{t('family.balances.premiums')}</dt>
            <dd>
              <Money fen={data.premiumsPaidFen} />
            </dd>
          </div>
        </dl>
      </section>
      <SelectField
        label={t('family.history.filter')}
        value={selected}
        onChange={(value) =>
          setParams(
            (p) => {
              if (value) p.set('relative', value);
              else p.delete('relative');
              return p;
            },
            { replace: true },
          )
        }
      >
        <option value="">{t('family.history.all')}</option>
        {[...relatives.values()].map((m) => (
          <option key={m.relativeId} value={m.relativeId ?? ''}>
            {m.relation ? t(`family.relation.${m.relation}`) : ''} {maskName(m.relativeName ?? '')}
          </option>
        ))}
      </SelectField>
      <section className="card" aria-labelledby="history-list">
        <h2 id="history-list" className="card__title">
          {t('family.history.title')}
        </h2>
        {shown.length === 0 ? (
          <p className="muted">{t('family.history.empty')}</p>
        ) : (
          <ul className="family-list" data-testid="family-history">
            {shown.map((m) => (
              <Row key={m.id} movement={m} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
