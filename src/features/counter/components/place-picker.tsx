import { useTranslation } from 'react-i18next';
import type { Institution } from '@/api-contract/settlement';
import { ErrorView } from '@/components/error-view';
import { SelectField } from '@/components/select-field';
import { useInstitutions } from '../api/get-institutions';
import { COUNTER_REGIONS, type CounterPlace } from '../hooks/use-counter-place';

/** "三级医院" or "定点药店": what kind of counter this institution is. */
export function useInstitutionKind(): (institution: Institution) => string {
  const { t } = useTranslation();
  return (institution) =>
    institution.kind === 'hospital' && institution.level !== null
      ? t(`counter.place.level.${institution.level}`)
      : t('counter.place.pharmacy');
}

interface PlacePickerProps {
  place: CounterPlace;
  onChange: (place: CounterPlace) => void;
}

/** The region, then the institution this tab plays. */
export function PlacePicker({ place, onChange }: PlacePickerProps) {
  const { t } = useTranslation();
  const institutions = useInstitutions(place.regionCode);
  const kind = useInstitutionKind();
  return (
    <section className="card stack" aria-labelledby="counter-place">
      <h2 id="counter-place" className="card__title">
        {t('counter.place.title')}
      </h2>
      <SelectField
        label={t('counter.place.region')}
        value={place.regionCode}
        onChange={(value) => {
          const regionCode = COUNTER_REGIONS.find((r) => r === value);
          if (regionCode) onChange({ regionCode, institutionId: null });
        }}
      >
        {COUNTER_REGIONS.map((code) => (
          <option key={code} value={code}>
            {t(`counter.place.regions.${code}`)}
          </option>
        ))}
      </SelectField>
      {institutions.isError ? (
        <ErrorView error={institutions.error} onRetry={() => void institutions.refetch()} />
      ) : (
        <SelectField
          label={t('counter.place.institution')}
          value={place.institutionId ?? ''}
          disabled={institutions.isPending}
          onChange={(value) => onChange({ ...place, institutionId: value === '' ? null : value })}
        >
          <option value="">
            {institutions.isPending ? t('counter.place.loading') : t('counter.place.choose')}
          </option>
          {institutions.data?.map((institution) => (
            // A name is data: kept as the records hold it, in both languages.
            <option key={institution.id} value={institution.id} lang="zh-CN">
              {institution.name} · {kind(institution)}
            </option>
          ))}
        </SelectField>
      )}
    </section>
  );
}
