import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataText } from '@/components/data-text';
import { useMoney } from '@/components/use-money';
import { useSettlements } from '../api/get-settlements';
import '../i18n/settlement-strings';

/**
 * On home, signed in: a bill the counter has just made, waiting for the person (待支付). It comes
 * without a reload: the list refetches when the backend announces a change, and every few seconds.
 */
export function PendingBillBanner() {
  const { t } = useTranslation();
  const money = useMoney();
  const list = useSettlements({ poll: true });
  const pending = list.data?.items.find((s) => s.status === 'pending');
  if (pending === undefined) return null;
  return (
    <section className="card card--warn" role="status" aria-live="polite">
      <p>
        {t('settlement.pendingBanner', {
          amount: money(pending.accountFen + pending.cashFen),
        })}
      </p>
      <p>
        <DataText>{pending.institution.name}</DataText>
      </p>
      <Link
        className="btn btn--primary btn--block"
        to={`/settlements/${encodeURIComponent(pending.id)}`}
      >
        {t('settlement.pendingBannerAction')}
      </Link>
    </section>
  );
}
