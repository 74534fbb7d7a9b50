import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import PullToRefresh from 'antd-mobile/es/components/pull-to-refresh';
import type { PrescriptionSummary } from '@/api-contract/prescriptions';
import { ErrorView } from '@/components/error-view';
import { MoneyText } from '@/components/money-text';
import { OfflineCopyNotice } from '@/components/offline-copy-notice';
import { Skeleton } from '@/components/skeleton';
import { usePrescriptions } from '../api/get-prescriptions';
import { copyCoversFailure, readListCopy } from '../stores/counter-copy';
import { Countdown, StatusTag } from './prescription-bits';
import { formatChinaDateTime, useServerNow } from './time';
import '../i18n/prescriptions-strings';
import './prescriptions.css';

export function PrescriptionList() {
  const { t } = useTranslation();
  const list = usePrescriptions();
  // With no answer this visit (an offline reload), the last list this tab received stands in.
  const copy =
    list.isError && list.data === undefined && copyCoversFailure(list.error)
      ? readListCopy()
      : null;
  const shown =
    list.data !== undefined
      ? { list: list.data, receivedAtMs: list.dataUpdatedAt }
      : copy !== null
        ? { list: copy.list, receivedAtMs: copy.savedAtMs }
        : null;

  const refresh = async () => {
    await list.refetch();
  };

  return (
    <>
      <div className="rx-toolbar">
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() => void refresh()}
          disabled={list.isFetching}
        >
          {list.isFetching ? t('prescriptions.refreshing') : t('prescriptions.refresh')}
        </button>
      </div>
      <PullToRefresh
        onRefresh={refresh}
        pullingText={t('prescriptions.pullToRefresh')}
        canReleaseText={t('prescriptions.releaseToRefresh')}
        refreshingText={t('prescriptions.refreshing')}
        completeText=""
      >
        {list.isError && shown !== null ? (
          <div className="rx-copy-notice">
            <OfflineCopyNotice savedAtMs={shown.receivedAtMs} error={list.error} />
          </div>
        ) : null}
        {list.isError && shown === null ? (
          <ErrorView
            error={list.error}
            title={t('prescriptions.error')}
            onRetry={() => void list.refetch()}
          />
        ) : shown === null ? (
          <Skeleton lines={4} />
        ) : shown.list.items.length === 0 ? (
          <p className="card muted">{t('prescriptions.empty')}</p>
        ) : (
          <Items
            items={shown.list.items}
            asOfMs={shown.list.asOfMs}
            receivedAtMs={shown.receivedAtMs}
          />
        )}
      </PullToRefresh>
    </>
  );
}

function Items({
  items,
  asOfMs,
  receivedAtMs,
}: {
  items: readonly PrescriptionSummary[];
  asOfMs: number;
  receivedAtMs: number;
}) {
  const { t, i18n } = useTranslation();
  const serverNow = useServerNow(asOfMs, receivedAtMs);
  return (
    <ul className="rx-list">
      {items.map((rx) => {
        // The list answer may be minutes old: a countdown that reached zero reads as expired.
        const status =
          rx.status === 'to-collect' && serverNow >= rx.expiresAtMs ? 'expired' : rx.status;
        const issued = formatChinaDateTime(rx.issuedAtMs, i18n.language);
        return (
          <li key={rx.id} className="card rx-card">
            <p className="rx-card__tags">
              <StatusTag status={status} />
              <span className="tag">{t(`prescriptions.kind.${rx.kind}`)}</span>
              {rx.longTermWeeks !== null ? (
                <span className="tag">
                  {t('prescriptions.longTerm', { weeks: rx.longTermWeeks })}
                </span>
              ) : null}
            </p>
            <h2 className="rx-card__title">
              <Link
                to={`/prescriptions/${rx.id}`}
                aria-label={t('prescriptions.open', { hospital: rx.hospitalName, date: issued })}
              >
                {rx.hospitalName}
              </Link>
            </h2>
            <p className="muted small">
              {rx.department} · {t('prescriptions.issued', { date: issued })}
            </p>
            <p className="rx-card__meta">
              {status === 'to-collect' ? (
                <Countdown msLeft={rx.expiresAtMs - serverNow} />
              ) : status === 'expired' ? (
                <span>
                  {t('prescriptions.expiredAt', {
                    date: formatChinaDateTime(rx.expiresAtMs, i18n.language),
                  })}
                </span>
              ) : null}
              <span className="muted small">
                {t('prescriptions.items', { count: rx.itemCount })}
              </span>
              <MoneyText fen={rx.totalFen} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}
