import { useTranslation } from 'react-i18next';
import type { PharmacyDetail as Detail, PharmacyHours } from '@/api-contract/pharmacies';
import { QueryState } from '@/components/query-state';
import { appConfig } from '@/lib/config';
import { formatMinuteOfDay, isNextDay } from '@/lib/hours';
import { mapLinks } from '@/lib/map-links';
import { usePharmacy } from '../api/get-pharmacy';
import { OpenStatusTag, SERVICE_NAMES } from './pharmacy-bits';
import '../i18n/pharmacies-strings';
import './pharmacies.css';

export function PharmacyDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const pharmacy = usePharmacy(id);
  return (
    <QueryState
      query={pharmacy}
      notFound={{
        text: t('pharmacies.detail.notFound'),
        backTo: '/pharmacies',
        backLabel: t('pharmacies.detail.backToList'),
      }}
      errorTitle={t('pharmacies.detail.error')}
    >
      {(data) => <PharmacyCard pharmacy={data} />}
    </QueryState>
  );
}

export function HoursText({ hours }: { hours: PharmacyHours }) {
  const { t } = useTranslation();
  if (hours.kind === '24h') return <>{t('pharmacies.detail.hours24')}</>;
  if (hours.kind === 'unpublished' || hours.opensAtMin === null || hours.closesAtMin === null) {
    return <>{t('pharmacies.detail.hoursUnpublished')}</>;
  }
  const closes = formatMinuteOfDay(hours.closesAtMin);
  return (
    <>
      {t('pharmacies.detail.hoursDaily', {
        opens: formatMinuteOfDay(hours.opensAtMin),
        closes: isNextDay(hours.closesAtMin)
          ? t('pharmacies.detail.nextDay', { time: closes })
          : closes,
      })}
    </>
  );
}

function PharmacyCard({ pharmacy }: { pharmacy: Detail }) {
  const { t } = useTranslation();
  const links = mapLinks(pharmacy.lat, pharmacy.lng, pharmacy.name);
  return (
    <>
      <section className="card stack" aria-labelledby="pharmacy-name">
        <h2 id="pharmacy-name" className="card__title">
          {pharmacy.name}
        </h2>
        <p className="pharmacy-row__meta">
          <OpenStatusTag status={pharmacy.openStatus} />
          <span className="muted small">{t('pharmacies.detail.openNowChina')}</span>
        </p>
        <dl className="definition-list">
          <div>
            <dt>{t('pharmacies.detail.address')}</dt>
            <dd>{pharmacy.address}</dd>
          </div>
          <div>
            <dt>{t('pharmacies.detail.hours')}</dt>
            <dd>
              <HoursText hours={pharmacy.hours} />
            </dd>
          </div>
          <div>
            <dt>{t('pharmacies.detail.phone')}</dt>
            <dd>
              <a className="tap-link" href={`tel:${pharmacy.phone}`}>
                {t('pharmacies.detail.call', { phone: pharmacy.phone })}
              </a>
            </dd>
          </div>
        </dl>
        {appConfig.demo ? <p className="muted small">{t('pharmacies.detail.demoPhone')}</p> : null}
      </section>
      <section className="card" aria-labelledby="pharmacy-services">
        <h2 id="pharmacy-services" className="card__title">
          {t('pharmacies.detail.services')}
        </h2>
        <dl className="definition-list">
          {SERVICE_NAMES.map((name) => (
            <div key={name}>
              <dt>{t(`pharmacies.filters.${name}`)}</dt>
              <dd>
                {pharmacy.services[name] ? t('pharmacies.detail.yes') : t('pharmacies.detail.no')}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card stack" aria-labelledby="pharmacy-directions">
        <h2 id="pharmacy-directions" className="card__title">
          {t('pharmacies.detail.directions')}
        </h2>
        <div className="pharmacy-directions">
          <a
            className="btn btn--secondary"
            href={links.amap}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('pharmacies.detail.amap')}
          </a>
          <a
            className="btn btn--secondary"
            href={links.baidu}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('pharmacies.detail.baidu')}
          </a>
          <a
            className="btn btn--secondary"
            href={links.apple}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('pharmacies.detail.apple')}
          </a>
        </div>
      </section>
    </>
  );
}
