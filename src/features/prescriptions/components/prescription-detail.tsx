import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PharmacyOrigin } from '@/api-contract/pharmacies';
import type { PrescriptionDetail as Detail } from '@/api-contract/prescriptions';
import type { Insurance } from '@/api-contract/profile';
import { DataText } from '@/components/data-text';
import { Money } from '@/components/money';
import { OfflineCopyNotice } from '@/components/offline-copy-notice';
import { QueryState } from '@/components/query-state';
import { usePrescription } from '../api/get-prescription';
import { copyCoversFailure, readPickupCopy, type PickupCopy } from '../stores/counter-copy';
import { PickupCode } from './pickup-code';
import { Countdown, StatusTag } from './prescription-bits';
import { SendPanel } from './send-panel';
import { formatChinaDateTime, useServerNow } from '../lib/time';
import '../i18n/prescriptions-strings';
import './prescriptions.css';

interface Props {
  id: string;
  /** Where to look for pharmacies; null until the person shared a location or chose one. */
  origin: PharmacyOrigin | null;
  /** The location control (the pharmacies feature's), placed where the send step needs it. */
  locationPanel: ReactNode;
  /** The person's insurance, for the estimated split; undefined while unknown. */
  insurance: Insurance | undefined;
}

export function PrescriptionDetailView({ id, origin, locationPanel, insurance }: Props) {
  const { t } = useTranslation();
  const rx = usePrescription(id);
  return (
    <QueryState
      query={rx}
      keepDataOnError
      notFound={{
        text: t('prescriptions.detail.notFound'),
        backTo: '/prescriptions',
        backLabel: t('prescriptions.detail.backToList'),
      }}
      errorTitle={t('prescriptions.detail.error')}
      // At the counter with no signal: the code this tab last received, with its age.
      fallback={(error) => {
        const copy = copyCoversFailure(error) ? readPickupCopy(id) : null;
        return copy === null ? null : (
          <CounterCopy copy={copy} error={error} onRetry={() => void rx.refetch()} />
        );
      }}
      skeletonLines={6}
    >
      {(data) => (
        <>
          {rx.isError ? (
            <OfflineCopyNotice
              savedAtMs={rx.dataUpdatedAt}
              error={rx.error}
              onRetry={() => void rx.refetch()}
            />
          ) : null}
          <Prescription
            rx={data}
            receivedAtMs={rx.dataUpdatedAt}
            origin={origin}
            locationPanel={locationPanel}
            insurance={insurance}
          />
        </>
      )}
    </QueryState>
  );
}

/** What is kept of a prescription sent for pick-up: where to go and the code to show there. */
function CounterCopy({
  copy,
  error,
  onRetry,
}: {
  copy: PickupCopy;
  error: unknown;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { summary } = copy;
  return (
    <>
      <OfflineCopyNotice savedAtMs={copy.savedAtMs} error={error} onRetry={onRetry} />
      <section className="card stack" aria-labelledby="rx-hospital">
        <p className="rx-card__tags">
          <StatusTag status={summary.status} />
        </p>
        <h2 id="rx-hospital" className="card__title">
          <DataText>{summary.hospitalName}</DataText>
        </h2>
        <p className="muted small">
          <DataText>{summary.department}</DataText> ·{' '}
          {t('prescriptions.issued', {
            date: formatChinaDateTime(summary.issuedAtMs, i18n.language),
          })}
        </p>
      </section>
      <PickupCode status={summary.status} dispensing={copy.dispensing} />
    </>
  );
}

function Prescription({
  rx,
  receivedAtMs,
  origin,
  locationPanel,
  insurance,
}: Omit<Props, 'id'> & { rx: Detail; receivedAtMs: number }) {
  const { t, i18n } = useTranslation();
  const serverNow = useServerNow(rx.asOfMs, receivedAtMs);
  const status = rx.status === 'to-collect' && serverNow >= rx.expiresAtMs ? 'expired' : rx.status;
  const date = (ms: number) => formatChinaDateTime(ms, i18n.language);
  return (
    <>
      <section className="card stack" aria-labelledby="rx-hospital">
        <p className="rx-card__tags">
          <StatusTag status={status} />
          <span className="tag">{t(`prescriptions.kind.${rx.kind}`)}</span>
          {rx.longTermWeeks !== null ? (
            <span className="tag">{t('prescriptions.longTerm', { weeks: rx.longTermWeeks })}</span>
          ) : null}
        </p>
        <h2 id="rx-hospital" className="card__title">
          {rx.hospitalName}
        </h2>
        <dl className="definition-list">
          <div>
            <dt>{t('prescriptions.detail.hospital')}</dt>
            <dd>{t(`prescriptions.detail.levelName.${rx.institutionLevel}`)}</dd>
          </div>
          <div>
            <dt>{t('prescriptions.detail.department')}</dt>
            <dd>{rx.department}</dd>
          </div>
          <div>
            <dt>{t('prescriptions.detail.doctor')}</dt>
            <dd>{rx.doctorName}</dd>
          </div>
          <div>
            <dt>{t('prescriptions.detail.diagnosis')}</dt>
            <dd>{rx.diagnosis}</dd>
          </div>
        </dl>
        <p className="muted small">
          {t('prescriptions.issued', { date: date(rx.issuedAtMs) })} ·{' '}
          {t('prescriptions.validity', { days: rx.validDays, date: date(rx.expiresAtMs) })}
        </p>
        {status === 'to-collect' ? <Countdown msLeft={rx.expiresAtMs - serverNow} /> : null}
      </section>

      <section className="card stack" aria-labelledby="rx-drugs">
        <h2 id="rx-drugs" className="card__title">
          {t('prescriptions.detail.drugs')}
        </h2>
        <ul className="rx-drugs">
          {rx.items.map((item) => (
            <li key={item.code} className="rx-drug">
              <h3 className="rx-drug__name">{item.name}</h3>
              <dl className="definition-list">
                <div>
                  <dt>{t('prescriptions.detail.spec')}</dt>
                  <dd>{item.spec}</dd>
                </div>
                <div>
                  <dt>{t('prescriptions.detail.quantity')}</dt>
                  <dd>
                    {item.quantity} {item.unit}
                  </dd>
                </div>
                <div>
                  <dt>{t('prescriptions.detail.usage')}</dt>
                  <dd>{item.usage}</dd>
                </div>
                <div>
                  <dt>{t('prescriptions.detail.days')}</dt>
                  <dd>{t('prescriptions.detail.daysValue', { days: item.days })}</dd>
                </div>
                <div>
                  <dt>{t('prescriptions.detail.catalogueClass')}</dt>
                  <dd>
                    {item.catalogueClass === '甲'
                      ? t('prescriptions.detail.classA')
                      : t('prescriptions.detail.classB')}
                  </dd>
                </div>
                <div>
                  <dt>{t('prescriptions.detail.price')}</dt>
                  <dd>
                    <Money fen={item.amountFen} />
                  </dd>
                </div>
                <div>
                  <dt>{t('prescriptions.detail.pooling')}</dt>
                  <dd className={item.poolingEligible ? '' : 'rx-drug__restricted'}>
                    {item.poolingEligible || item.restricted === null
                      ? t('prescriptions.detail.poolingYes')
                      : t('prescriptions.detail.poolingNo', {
                          reason: t(`prescriptions.detail.restricted.${item.restricted}`),
                        })}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
        <p className="rx-total">
          <span>{t('prescriptions.detail.total')}</span> <Money fen={rx.totalFen} />
        </p>
      </section>

      {status === 'expired' ? (
        <p className="card card--warn" role="status">
          {t('prescriptions.detail.whyExpired', { days: rx.validDays })}
        </p>
      ) : null}
      {status === 'revoked' ? (
        <p className="card card--warn" role="status">
          {t('prescriptions.detail.whyRevoked', { reason: rx.revokedReason ?? '' })}
        </p>
      ) : null}
      {rx.dispensing !== null ? <PickupCode status={rx.status} dispensing={rx.dispensing} /> : null}
      {status === 'to-collect' ? (
        <section className="stack" aria-labelledby="rx-send">
          <h2 id="rx-send" className="section-title">
            {t('prescriptions.send.heading')}
          </h2>
          {locationPanel}
          <SendPanel rx={rx} origin={origin} insurance={insurance} serverNow={serverNow} />
        </section>
      ) : null}
    </>
  );
}
