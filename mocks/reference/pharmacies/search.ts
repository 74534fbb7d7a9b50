/**
 * Distance, walking time and the nearby search: the k-d tree finds shops nearest first and
 * the filter reads the columns, so only the shops a query returns become `Pharmacy` objects.
 */

import { around, distance } from 'geokdbush';
import { hashString } from '../random';
import { FLAG, pharmacyAt, pharmacyData, pharmacyNameAt, placeAt } from './generate';
import type { Pharmacy, PharmacyData } from './generate';
import { openStatusAt, openStatusOf } from './hours';
import { nameMatches, searchText } from './search-text';
import { stocksHashedDrug } from './stock';
import type { DrugRef, DrugSupply } from './stock';

// ---------------------------------------------------------------------------------------------
// Distance and walking

/**
 * Walking speed: 80 m a minute (4.8 km/h), a common planning figure for an adult's unhurried
 * pace. Elderly people walk slower; the figure is for a label, not a promise.
 */
export const WALKING_METRES_PER_MINUTE = 80;
/** The 15-minute medical-insurance service circle (15分钟医保服务圈, POLICY-FACTS §3). */
export const SERVICE_CIRCLE_MINUTES = 15;
/**
 * 15 minutes at 80 m/min = 1,200 m, taken as a straight line. Streets add detours (typically
 * 20–40 %), so this overstates what a real 15-minute walk reaches: an approximation good enough
 * for a badge, and what a demo without a road network can compute.
 */
export const SERVICE_CIRCLE_METRES = SERVICE_CIRCLE_MINUTES * WALKING_METRES_PER_MINUTE;

/** Minutes to walk a straight-line distance, rounded up: 1 m is a 1-minute walk. */
export function walkingMinutes(distanceM: number): number {
  if (!Number.isFinite(distanceM) || distanceM < 0) {
    throw new RangeError(`walkingMinutes(${distanceM}): need a distance of 0 or more`);
  }
  return Math.ceil(distanceM / WALKING_METRES_PER_MINUTE);
}

export function isWithinServiceCircle(distanceM: number): boolean {
  return distanceM <= SERVICE_CIRCLE_METRES;
}

/** Distance in whole metres, by the same great-circle formula the spatial index uses. */
export function distanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  return Math.round(distance(lng1, lat1, lng2, lat2) * 1000);
}

// ---------------------------------------------------------------------------------------------
// Filters

/**
 * What the list screen can filter on. A flag set to true keeps only pharmacies that have it;
 * false or absent means "either", as with a filter chip that is off.
 */
export interface PharmacyFilter {
  readonly outpatientPooling?: boolean;
  readonly acceptsVoucher?: boolean;
  readonly ePrescription?: boolean;
  readonly dualChannel?: boolean;
  readonly delivery?: boolean;
  readonly open24h?: boolean;
  /** Only pharmacies open at this minute of the day, China time (see `chinaMinuteOfDay`). */
  readonly openAtMinute?: number;
  /** Only pharmacies whose name contains this text, width, case and invisibles aside. */
  readonly nameContains?: string;
  /** Only pharmacies that stock every one of these drugs (a prescription's items). */
  readonly stocksDrugs?: readonly DrugRef[];
  readonly regionCode?: string;
}

const FLAG_FILTERS = [
  'outpatientPooling',
  'acceptsVoucher',
  'ePrescription',
  'dualChannel',
  'delivery',
  'open24h',
] as const;

/** The per-query work of a filter (drug hashes, the flag mask), done once, not per shop. */
interface CompiledFilter {
  readonly flagMask: number;
  readonly openAtMinute: number | undefined;
  /** Folded by `searchText` once per query. */
  readonly nameContains: string | undefined;
  readonly regionCode: string | undefined;
  readonly drugs: readonly { readonly hash: number; readonly supply: DrugSupply }[];
}

function compile(filter: PharmacyFilter): CompiledFilter {
  let flagMask = 0;
  for (const flag of FLAG_FILTERS) if (filter[flag] === true) flagMask |= FLAG[flag];
  const { openAtMinute, regionCode, stocksDrugs = [] } = filter;
  const nameContains = searchText(filter.nameContains ?? '');
  return {
    flagMask,
    openAtMinute,
    nameContains: nameContains === '' ? undefined : nameContains,
    regionCode,
    drugs: stocksDrugs.map((d) => ({ hash: hashString(d.code), supply: d.supply ?? 'common' })),
  };
}

type Predicate = (pharmacy: Pharmacy) => boolean;

/** A filter as a predicate on `Pharmacy` objects (the columns' twin is `indexPredicate`). */
export function pharmacyPredicate(filter: PharmacyFilter = {}): Predicate {
  const f = compile(filter);
  return (p) => {
    for (const flag of FLAG_FILTERS) if ((f.flagMask & FLAG[flag]) !== 0 && !p[flag]) return false;
    if (f.openAtMinute !== undefined && openStatusAt(p, f.openAtMinute) !== 'open') return false;
    if (f.nameContains !== undefined && !nameMatches(p.name, f.nameContains)) return false;
    if (f.regionCode !== undefined && p.regionCode !== f.regionCode) return false;
    return f.drugs.every((d) =>
      stocksHashedDrug(p.stockSeed, p.outpatientPooling, p.dualChannel, d.hash, d.supply),
    );
  };
}

/**
 * The same filter on record positions, reading the columns: the nearest-first walk may try
 * thousands of shops per query, and making each an object only to reject it is what the columns
 * avoid. The cheap checks (flags, hours) run first; a name is made only for the few that pass.
 */
export function indexPredicate(
  data: PharmacyData,
  filter: PharmacyFilter = {},
): (index: number) => boolean {
  const f = compile(filter);
  const { flags, opensAtMin, closesAtMin, stockSeed } = data.columns;
  return (i) => {
    const bits = flags[i] ?? 0;
    if ((bits & f.flagMask) !== f.flagMask) return false;
    if (
      f.openAtMinute !== undefined &&
      openStatusOf(
        (bits & FLAG.open24h) !== 0,
        (bits & FLAG.hoursPublished) !== 0,
        opensAtMin[i] ?? 0,
        closesAtMin[i] ?? 0,
        f.openAtMinute,
      ) !== 'open'
    ) {
      return false;
    }
    if (f.regionCode !== undefined && placeAt(data, i).city.regionCode !== f.regionCode) {
      return false;
    }
    if (f.drugs.length > 0) {
      const seed = stockSeed[i] ?? 0;
      const pooling = (bits & FLAG.outpatientPooling) !== 0;
      const dual = (bits & FLAG.dualChannel) !== 0;
      for (const d of f.drugs) {
        if (!stocksHashedDrug(seed, pooling, dual, d.hash, d.supply)) return false;
      }
    }
    return f.nameContains === undefined || nameMatches(pharmacyNameAt(data, i), f.nameContains);
  };
}

// ---------------------------------------------------------------------------------------------
// Nearby search

export interface NearbyQuery {
  readonly lat: number;
  readonly lng: number;
  /** At most this many results; 20 if absent. */
  readonly maxResults?: number;
  /** Straight-line radius; 5 km if absent (a screen of results for someone on foot or bus). */
  readonly maxDistanceKm?: number;
  readonly filter?: PharmacyFilter;
}

export interface NearbyPharmacy {
  readonly pharmacy: Pharmacy;
  /** Great-circle distance from the query point, whole metres. */
  readonly distanceM: number;
}

const DEFAULT_MAX_RESULTS = 20;
const DEFAULT_MAX_DISTANCE_KM = 5;

/**
 * Pharmacies around a point, nearest first, that pass the filter. The k-d tree search visits
 * shops in distance order and stops after `maxResults`, so a query costs about the same with
 * 100,000 shops as with 1,000 unless the filter rejects nearly everything.
 */
export function nearbyPharmacies(query: NearbyQuery): NearbyPharmacy[] {
  const { lat, lng, maxResults = DEFAULT_MAX_RESULTS } = query;
  const maxDistanceKm = query.maxDistanceKm ?? DEFAULT_MAX_DISTANCE_KM;
  if (!(lat >= -90 && lat <= 90) || !(lng >= -180 && lng <= 180)) {
    throw new RangeError(`nearbyPharmacies: no such place (${lat}, ${lng})`);
  }
  if (!Number.isInteger(maxResults) || maxResults < 1) {
    throw new RangeError(`nearbyPharmacies: maxResults ${maxResults} is not a positive integer`);
  }
  if (!(maxDistanceKm > 0)) {
    throw new RangeError(`nearbyPharmacies: maxDistanceKm ${maxDistanceKm} is not positive`);
  }
  const data = pharmacyData.get();
  const passes = query.filter === undefined ? undefined : indexPredicate(data, query.filter);
  const indices = around(data.spatialIndex, lng, lat, maxResults, maxDistanceKm, passes);
  return indices.map((index) => {
    const pharmacy = pharmacyAt(data, index);
    return { pharmacy, distanceM: distanceMetres(lat, lng, pharmacy.lat, pharmacy.lng) };
  });
}
