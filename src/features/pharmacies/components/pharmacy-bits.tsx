import { useTranslation } from 'react-i18next';
import type { OpenStatus, PharmacyServices } from '@/api-contract/pharmacies';
import { distanceParts, isRightHere } from '@/lib/distance';
import { useOrigin } from '@/lib/geolocation';
import '../i18n/pharmacies-strings';

export function OpenStatusTag({ status }: { status: OpenStatus }) {
  const { t } = useTranslation();
  const tone = status === 'open' ? 'tag--ok' : status === 'closed' ? 'tag--warn' : '';
  return <span className={`tag ${tone}`}>{t(`pharmacies.open.${status}`)}</span>;
}

/**
 * How far a shop is and how long the walk. Standing at the shop, "0 米 · 步行约 0 分钟" reads
 * like a fault: the row says the shop is right here instead. Only from the person's own
 * position: a district's centre is not where they stand, so from there the numbers stay.
 */
export function DistanceAndWalk({ metres, minutes }: { metres: number; minutes: number }) {
  const { t } = useTranslation();
  const fromDevice = useOrigin((s) => s.origin?.kind === 'device');
  if (fromDevice && isRightHere(metres)) {
    return <span className="pharmacy-row__distance">{t('pharmacies.here')}</span>;
  }
  return (
    <>
      <span className="pharmacy-row__distance">
        <DistanceText metres={metres} />
      </span>
      <span>{t('pharmacies.list.walk', { minutes })}</span>
    </>
  );
}

export function DistanceText({ metres }: { metres: number }) {
  const { t } = useTranslation();
  const fromCentre = useOrigin((s) => s.origin?.kind === 'area');
  const { unit, value } = distanceParts(metres);
  // From a district's centre, "20 米" would read as 20 m from the person.
  if (fromCentre)
    return (
      <>
        {unit === 'm'
          ? t('pharmacies.distanceFromCentreM', { value })
          : t('pharmacies.distanceFromCentreKm', { value })}
      </>
    );
  return (
    <>
      {unit === 'm' ? t('pharmacies.distanceM', { value }) : t('pharmacies.distanceKm', { value })}
    </>
  );
}

export const SERVICE_NAMES = [
  'outpatientPooling',
  'acceptsVoucher',
  'ePrescription',
  'dualChannel',
  'delivery',
  'open24h',
] as const satisfies readonly (keyof PharmacyServices)[];

/** The services a pharmacy has, as small tags (the ones it lacks are left out). */
export function ServiceTags({ services }: { services: PharmacyServices }) {
  const { t } = useTranslation();
  const present = SERVICE_NAMES.filter((name) => services[name]);
  if (present.length === 0) return null;
  return (
    <ul className="pharmacy-tags" aria-label={t('pharmacies.detail.services')}>
      {present.map((name) => (
        <li key={name} className="tag">
          {t(`pharmacies.filters.${name}`)}
        </li>
      ))}
    </ul>
  );
}
