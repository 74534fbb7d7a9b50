import type * as LeafletModule from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PharmacySummary } from '@/api-contract/pharmacies';
import { appConfig } from '@/lib/config';
import '../i18n/pharmacies-strings';

/** More markers than this slow a phone's map for no gain: the nearest ones are shown. */
const MAX_MARKERS = 300;

type Leaflet = typeof LeafletModule;

/**
 * Leaflet and its stylesheet load here, when the map view first opens (a dynamic import): the
 * list view never pays for them. Markers are vector circles, not image icons, so they and the
 * person's position draw even when the tile server cannot be reached (blocked, offline).
 * Tooltips get text nodes, never HTML strings: Leaflet would parse a string as markup.
 */
export function PharmacyMap({
  items,
  origin,
  youAreHere,
}: {
  items: readonly PharmacySummary[];
  origin: { lat: number; lng: number };
  /** Draw the person's position (only when it is their real location). */
  youAreHere: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const containerRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [leaflet, setLeaflet] = useState<Leaflet | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')])
      .then(([module]) => {
        if (cancelled) return;
        // Leaflet ships UMD: bundlers hand its exports over as `default` or as the module.
        setLeaflet(() => (module.default as Leaflet | undefined) ?? module);
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('error');
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    const container = containerRef.current;
    if (!leaflet || !container) return;
    const L = leaflet;
    const map = L.map(container, { zoomControl: true, attributionControl: true });
    map.attributionControl.setPrefix(false);
    L.tileLayer(appConfig.mapTileUrl, {
      maxZoom: 19,
      attribution: t('pharmacies.map.attribution'),
    }).addTo(map);
    const shown = items.slice(0, MAX_MARKERS);
    for (const p of shown) {
      const label = document.createElement('span');
      label.textContent = p.name;
      L.circleMarker([p.lat, p.lng], {
        radius: 7,
        color: '#0a58ca',
        weight: 2,
        fillColor: p.withinServiceCircle ? '#0a58ca' : '#ffffff',
        fillOpacity: 0.9,
        className: 'pharmacy-marker',
      })
        .bindTooltip(label)
        .on('click', () => void navigate(`/pharmacies/${p.id}`))
        .addTo(map);
    }
    if (youAreHere) {
      const you = document.createElement('span');
      you.textContent = t('pharmacies.map.you');
      L.circleMarker([origin.lat, origin.lng], {
        radius: 9,
        color: '#ffffff',
        weight: 3,
        fillColor: '#c62828',
        fillOpacity: 1,
        className: 'you-marker',
      })
        .bindTooltip(you, { permanent: true, direction: 'top' })
        .addTo(map);
    }
    const points: [number, number][] = [
      [origin.lat, origin.lng],
      ...shown.slice(0, 30).map((p): [number, number] => [p.lat, p.lng]),
    ];
    map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 17 });
    return () => {
      map.remove();
    };
  }, [leaflet, items, origin.lat, origin.lng, youAreHere, navigate, t]);

  return (
    <section className="stack" aria-label={t('pharmacies.map.label')}>
      {state === 'loading' ? (
        <p role="status" className="muted">
          {t('pharmacies.map.loading')}
        </p>
      ) : null}
      {state === 'error' ? (
        <p role="alert" className="notice">
          {t('pharmacies.map.error')}
        </p>
      ) : null}
      <div ref={containerRef} className="pharmacy-map" data-testid="pharmacy-map" />
      <p className="muted small">{t('pharmacies.map.tilesNote')}</p>
    </section>
  );
}
