import { useCallback, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PharmacySummary } from '@/api-contract/pharmacies';
import { DistanceAndWalk, OpenStatusTag, ServiceTags } from './pharmacy-bits';
import '../i18n/pharmacies-strings';

/** Row height before measuring; rows measure themselves (elder mode and tags wrap). */
const ESTIMATED_ROW_PX = 132;
const estimateSize = () => ESTIMATED_ROW_PX;

/**
 * Thousands of pharmacies in a scrolling box that keeps only the rows in view (plus a few) in
 * the DOM: a phone stays smooth with 2,000 results. Rows are links to the detail; names are
 * rendered as text, never as HTML (demo data holds a name that is an injection attempt).
 */
export function PharmacyList({ items }: { items: readonly PharmacySummary[] }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable between renders: a new key function makes the virtualiser re-measure every row, and
  // each measurement renders again (an endless loop with thousands of rows).
  const getItemKey = useCallback((index: number) => items[index]?.id ?? index, [items]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // TanStack Virtual's API hands out functions that the React Compiler must not memoise.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement,
    estimateSize,
    overscan: 6,
    // jsdom and the first paint have no layout yet: assume a phone screen.
    initialRect: { width: 360, height: 640 },
    getItemKey,
  });

  return (
    <div
      ref={scrollRef}
      className="pharmacy-list"
      // Focusable so keyboard users can scroll it (a scrollable region needs to be reachable).
      tabIndex={0}
      role="region"
      aria-label={t('pharmacies.title')}
    >
      <ul
        className="pharmacy-list__inner"
        style={{ height: virtualizer.getTotalSize() }}
        aria-label={t('pharmacies.title')}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const p = items[row.index];
          if (!p) return null;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="pharmacy-row"
              style={{ transform: `translateY(${row.start}px)` }}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
            >
              <Link className="pharmacy-row__link" to={`/pharmacies/${p.id}`}>
                <span className="pharmacy-row__name">{p.name}</span>
              </Link>
              <p className="pharmacy-row__meta">
                <DistanceAndWalk metres={p.distanceM} minutes={p.walkingMinutes} />
                <OpenStatusTag status={p.openStatus} />
                {p.withinServiceCircle ? (
                  <span className="tag tag--ok">{t('pharmacies.list.circle')}</span>
                ) : null}
              </p>
              <p className="muted small pharmacy-row__address">{p.address}</p>
              <ServiceTags services={p.services} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
