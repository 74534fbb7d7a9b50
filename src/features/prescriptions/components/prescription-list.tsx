import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import PullToRefresh from 'antd-mobile/es/components/pull-to-refresh';
import type { PrescriptionSummary } from '@/api-contract/prescriptions';
import { ErrorView } from '@/components/error-view';
import { Money } from '@/components/money';
import { OfflineCopyNotice } from '@/components/offline-copy-notice';
import { Skeleton } from '@/components/skeleton';
import { DataText } from '@/components/data-text';
import { listText } from '@/lib/list-text';
import { usePrescriptions } from '../api/get-prescriptions';
import { copyCoversFailure, readListCopy } from '../stores/counter-copy';
import { Countdown, StatusTag } from './prescription-bits';
import { formatChinaDateTime, useServerNow } from '../lib/time';
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
        const base = `rx-card-${rx.id}`;
        return (
          <li key={rx.id}>
            {/* The whole card is one link: a finger lands anywhere on it. Its name is the parts
                that tell prescriptions apart (status, hospital, drugs, date), not the countdown
                and the sums, which would make every card's name long and changing. */}
            <Link
              className="card rx-card"
              to={`/prescriptions/${rx.id}`}
              aria-labelledby={`${base}-hospital ${base}-drugs ${base}-status ${base}-issued`}
            >
              <span className="rx-card__tags">
                <span id={`${base}-status`}>
                  <StatusTag status={status} />
                </span>
                <span className="tag">{t(`prescriptions.kind.${rx.kind}`)}</span>
                {rx.longTermWeeks !== null ? (
                  <span className="tag">
                    {t('prescriptions.longTerm', { weeks: rx.longTermWeeks })}
                  </span>
                ) : null}
              </span>
              <h2 id={`${base}-hospital`} className="rx-card__title">
                {rx.hospitalName}
              </h2>
              <span id={`${base}-drugs`} className="rx-card__drugs">
                <DrugNames names={rx.drugNames} language={i18n.language} />
              </span>
              <span className="muted small">
                {rx.department} ·{' '}
                <span id={`${base}-issued`}>{t('prescriptions.issued', { date: issued })}</span>
              </span>
              <span className="rx-card__meta">
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
                <Money fen={rx.totalFen} />
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Drug names as the prescription holds them (Chinese data, marked so), joined the way the
 * reader's language joins a list.
 */
function DrugNames({ names, language }: { names: readonly string[]; language: string }) {
  const mark = '\u0000';
  const joined = listText(
    names.map((_, i) => `${mark}${i}${mark}`),
    language,
  );
  return (
    <>
      {joined.split(mark).map((part, i) => {
        if (i % 2 === 0) return part;
        const name = names[Number(part)] ?? '';
        return <DataText key={part}>{name}</DataText>;
      })}
    </>
  );
}
