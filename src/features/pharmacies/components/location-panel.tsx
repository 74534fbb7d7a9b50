import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/select-field';
import { ErrorView } from '@/components/error-view';
import { useOrigin } from '@/lib/geolocation';
import { usePharmacyAreas } from '../api/get-pharmacy-areas';
import '../i18n/pharmacies-strings';

/**
 * Where lists measure from. First a plain explanation and a button (the browser's permission
 * prompt comes only after the person chose to share); when they refuse, or the device cannot
 * tell, they pick a city and district instead and lose nothing they set on the screen.
 */
export function LocationPanel({ homeRegionCode }: { homeRegionCode?: string | undefined }) {
  const { t } = useTranslation();
  const { origin, problem, asking, request, setOrigin } = useOrigin();
  const [choosing, setChoosing] = useState(false);

  // Permission already granted on an earlier visit: no need to ask again with a button.
  useEffect(() => {
    if (origin !== null || typeof navigator === 'undefined' || !navigator.permissions) return;
    let cancelled = false;
    navigator.permissions
      .query({ name: 'geolocation' })
      .then((status) => {
        if (!cancelled && status.state === 'granted' && useOrigin.getState().origin === null) {
          void useOrigin.getState().request();
        }
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [origin]);

  if (origin !== null && !choosing) {
    return (
      <section className="card location-panel" aria-labelledby="location-current">
        <p id="location-current" className="muted small">
          {origin.kind === 'device'
            ? t('pharmacies.location.fromHere')
            : t('pharmacies.location.fromArea', { area: origin.label })}
        </p>
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() => {
            setChoosing(true);
          }}
        >
          {t('pharmacies.location.change')}
        </button>
      </section>
    );
  }

  const showAreas = problem !== null || choosing;
  return (
    <section className="card stack" aria-labelledby="location-heading">
      <h2 id="location-heading" className="card__title">
        {t('pharmacies.location.heading')}
      </h2>
      <p className="muted">{t('pharmacies.location.why')}</p>
      <button
        type="button"
        className="btn btn--primary btn--block"
        disabled={asking}
        onClick={() => {
          setChoosing(false);
          void request();
        }}
      >
        {asking ? t('pharmacies.location.asking') : t('pharmacies.location.use')}
      </button>
      {problem !== null ? (
        <p className="notice" role="alert">
          {t(`pharmacies.location.${problem}`)}
        </p>
      ) : null}
      {showAreas ? (
        <AreaChooser
          homeRegionCode={homeRegionCode}
          chosen={origin?.kind === 'area' ? origin.district : undefined}
          onChoose={(district, label) => {
            setChoosing(false);
            setOrigin({ kind: 'area', district, label });
          }}
        />
      ) : (
        <button
          type="button"
          className="btn btn--secondary btn--block"
          onClick={() => setChoosing(true)}
        >
          {t('pharmacies.location.choose')}
        </button>
      )}
    </section>
  );
}

/**
 * The city and district pickers. Also offered where a list comes back empty (a person far from
 * every demo city), so the way out is where they are looking rather than at the top.
 */
export function AreaChooser({
  onChoose,
  homeRegionCode,
  chosen,
}: {
  onChoose: (district: string, label: string) => void;
  /** The person's insured city: a Fuzhou person starts at Fuzhou, not at the list's first city. */
  homeRegionCode: string | undefined;
  /** The district chosen before, if any: changing starts from it. */
  chosen: string | undefined;
}) {
  const { t } = useTranslation();
  const areas = usePharmacyAreas();
  const [city, setCity] = useState('');
  const [district, setDistrict] = useState('');

  if (areas.isError) {
    return (
      <ErrorView
        error={areas.error}
        title={t('pharmacies.location.areasError')}
        onRetry={() => void areas.refetch()}
      />
    );
  }
  const cities = areas.data?.cities ?? [];
  const startCity =
    cities.find((c) => c.districts.some((d) => d.code === chosen)) ??
    cities.find((c) => c.regionCode === homeRegionCode);
  const selectedCity = cities.find((c) => c.regionCode === city) ?? startCity ?? cities[0];
  const districts = selectedCity?.districts ?? [];
  const selectedDistrict =
    districts.find((d) => d.code === district) ??
    districts.find((d) => d.code === chosen) ??
    districts[0];

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (selectedCity && selectedDistrict) {
          onChoose(selectedDistrict.code, `${selectedCity.name}${selectedDistrict.name}`);
        }
      }}
    >
      <SelectField
        label={t('pharmacies.location.city')}
        value={selectedCity?.regionCode ?? ''}
        onChange={(value) => {
          setCity(value);
          setDistrict('');
        }}
      >
        {cities.map((c) => (
          <option key={c.regionCode} value={c.regionCode}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('pharmacies.location.district')}
        value={selectedDistrict?.code ?? ''}
        onChange={setDistrict}
      >
        {districts.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="btn btn--secondary btn--block" disabled={!selectedDistrict}>
        {t('pharmacies.location.apply')}
      </button>
    </form>
  );
}
