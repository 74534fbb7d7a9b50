import { lazy, Suspense, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  PHARMACY_FILTERS,
  type PharmacyFilterName,
  type PharmacyListQuery,
} from '@/api-contract/pharmacies';
import { RadioGroup } from '@/components/radio-group';
import { ErrorView } from '@/components/error-view';
import { FieldShell } from '@/components/field-shell';
import { Skeleton } from '@/components/skeleton';
import { originQuery, useOrigin } from '@/lib/geolocation';
import { usePharmacies } from '../api/get-pharmacies';
import { AreaChooser, LocationPanel } from './location-panel';
import { PharmacyList } from './pharmacy-list';
import '../i18n/pharmacies-strings';
import './pharmacies.css';

// Leaflet comes with the map: a chunk of its own, fetched the first time the map opens.
const PharmacyMap = lazy(() =>
  import('./pharmacy-map').then((module) => ({ default: module.PharmacyMap })),
);

/**
 * Filters, search text and view live in the URL, so going to a pharmacy and back (or a reload)
 * keeps what the person set.
 */
function useListState() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    PHARMACY_FILTERS.map((name) => [name, params.get(name) === '1']),
  ) as Record<PharmacyFilterName, boolean>;
  const q = params.get('q') ?? '';
  const view: 'list' | 'map' = params.get('view') === 'map' ? 'map' : 'list';
  const update = (change: (next: URLSearchParams) => void) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      },
      { replace: true },
    );
  };
  return {
    filters,
    q,
    view,
    toggle: (name: PharmacyFilterName) =>
      update((next) => (filters[name] ? next.delete(name) : next.set(name, '1'))),
    clearFilters: () => update((next) => PHARMACY_FILTERS.forEach((name) => next.delete(name))),
    setQ: (value: string) =>
      update((next) => (value.trim() ? next.set('q', value.trim()) : next.delete('q'))),
    setView: (value: 'list' | 'map') =>
      update((next) => (value === 'map' ? next.set('view', 'map') : next.delete('view'))),
  };
}

export function PharmaciesScreen({ homeRegionCode }: { homeRegionCode?: string | undefined }) {
  const { t } = useTranslation();
  const origin = useOrigin((s) => s.origin);
  const setOrigin = useOrigin((s) => s.setOrigin);
  const state = useListState();
  const emptyId = useId();
  const query: PharmacyListQuery | null =
    origin === null
      ? null
      : { origin: originQuery(origin), filters: state.filters, ...(state.q ? { q: state.q } : {}) };
  const result = usePharmacies(query);
  const anyFilter = PHARMACY_FILTERS.some((name) => state.filters[name]);

  return (
    <>
      <LocationPanel homeRegionCode={homeRegionCode} />
      <SearchForm key={state.q} q={state.q} onSearch={state.setQ} />
      <fieldset className="pharmacy-filters">
        <legend className="pharmacy-filters__legend">{t('pharmacies.filters.legend')}</legend>
        {PHARMACY_FILTERS.map((name) => (
          <button
            key={name}
            type="button"
            className="chip"
            aria-pressed={state.filters[name]}
            onClick={() => state.toggle(name)}
          >
            {t(`pharmacies.filters.${name}`)}
          </button>
        ))}
      </fieldset>
      <RadioGroup
        className="pharmacy-view"
        legend={t('pharmacies.view.legend')}
        name="pharmacy-view"
        value={state.view}
        options={(['list', 'map'] as const).map((value) => ({
          value,
          label: t(`pharmacies.view.${value}`),
        }))}
        onChange={state.setView}
      />
      {query === null ? null : result.isError ? (
        <ErrorView
          error={result.error}
          title={t('pharmacies.list.error')}
          onRetry={() => void result.refetch()}
        />
      ) : result.data === undefined ? (
        <Skeleton lines={4} />
      ) : result.data.items.length === 0 ? (
        <section className="card stack" aria-labelledby={emptyId}>
          <p id={emptyId} className="muted" role="status">
            {state.q
              ? t('pharmacies.list.noSearchResult', { q: state.q })
              : anyFilter
                ? t('pharmacies.list.noFilterResult')
                : t('pharmacies.list.empty')}
          </p>
          {anyFilter ? (
            <button type="button" className="btn btn--secondary" onClick={state.clearFilters}>
              {t('pharmacies.list.widen')}
            </button>
          ) : null}
          {state.q ? (
            <button type="button" className="btn btn--secondary" onClick={() => state.setQ('')}>
              {t('pharmacies.list.clearSearch')}
            </button>
          ) : null}
          {/* Nothing within 10 km with nothing narrowing it: the place is the problem, so the
              way to another place is offered here, where the person is looking. */}
          {state.q || anyFilter ? null : (
            <>
              <p className="muted small">{t('pharmacies.list.emptyChoose')}</p>
              <AreaChooser
                homeRegionCode={homeRegionCode}
                chosen={origin?.kind === 'area' ? origin.district : undefined}
                onChoose={(district, label) => setOrigin({ kind: 'area', district, label })}
              />
            </>
          )}
        </section>
      ) : (
        <>
          <p className="muted small" role="status" aria-live="polite">
            {result.data.truncated
              ? t('pharmacies.list.countTruncated', { count: result.data.items.length })
              : t('pharmacies.list.count', { count: result.data.items.length })}
          </p>
          {state.view === 'map' ? (
            <Suspense fallback={<p className="muted">{t('pharmacies.map.loading')}</p>}>
              <PharmacyMap
                items={result.data.items}
                origin={result.data.origin}
                youAreHere={origin?.kind === 'device'}
              />
            </Suspense>
          ) : (
            <PharmacyList items={result.data.items} />
          )}
        </>
      )}
    </>
  );
}

function SearchForm({ q, onSearch }: { q: string; onSearch: (value: string) => void }) {
  const { t } = useTranslation();
  // What is typed stays in the box (also when the search finds nothing) until changed.
  const [text, setText] = useState(q);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text);
      }}
    >
      <FieldShell label={t('pharmacies.search.label')}>
        {({ inputId }) => (
          <div className="field__row">
            <input
              id={inputId}
              className="field__input"
              type="search"
              value={text}
              maxLength={50}
              placeholder={t('pharmacies.search.placeholder')}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" className="btn btn--primary">
              {t('pharmacies.search.submit')}
            </button>
          </div>
        )}
      </FieldShell>
    </form>
  );
}
