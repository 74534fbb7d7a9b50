import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Settlement } from '@/api-contract/settlement';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { Money } from '@/components/money';
import { Skeleton } from '@/components/skeleton';
import { useSettlements } from '../api/get-settlements';
import '../i18n/settlement-strings';
import './settlement.css';

function SettlementCard({ s }: { s: Settlement }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <Link className="settle-link" to={`/settlements/${encodeURIComponent(s.id)}`}>
        <p className="settle-item__name">
          <DataText>{s.institution.name}</DataText>{' '}
          <span className={s.status === 'pending' ? 'tag tag--warn' : 'tag tag--ok'}>
            {t(`settlement.status.${s.status}`)}
          </span>
        </p>
        <p className="muted small">
          {s.claimDate} · {t(`settlement.channel.${s.channel}`)} · {t('settlement.total')}{' '}
          <Money fen={s.totalFen} />
        </p>
        <p className="small">
          {t('settlement.fund')} <Money fen={s.fundFen} /> · {t('settlement.account')}{' '}
          <Money fen={s.accountFen} /> · {t('settlement.cash')} <Money fen={s.cashFen} />
        </p>
      </Link>
    </li>
  );
}

/** Bills to pay first, then receipts, newest first. */
export function SettlementList() {
  const { t } = useTranslation();
  const list = useSettlements({ poll: true });
  if (list.isPending) return <Skeleton lines={5} />;
  if (list.isError) return <ErrorView error={list.error} onRetry={() => void list.refetch()} />;
  const pending = list.data.items.filter((s) => s.status === 'pending');
  const rest = list.data.items.filter((s) => s.status !== 'pending');
  if (list.data.items.length === 0) {
    return (
      <section className="card">
        <p>{t('settlement.empty')}</p>
      </section>
    );
  }
  return (
    <>
      {pending.length > 0 ? (
        <section aria-labelledby="settle-pending">
          <h2 id="settle-pending" className="section-title">
            {t('settlement.pendingTitle')}
          </h2>
          <ul className="settle-list">
            {pending.map((s) => (
              <SettlementCard key={s.id} s={s} />
            ))}
          </ul>
        </section>
      ) : null}
      {rest.length > 0 ? (
        <section aria-labelledby="settle-done">
          <h2 id="settle-done" className="section-title">
            {t('settlement.receipts')}
          </h2>
          <ul className="settle-list">
            {rest.map((s) => (
              <SettlementCard key={s.id} s={s} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
