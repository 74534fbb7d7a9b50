/**
 * The demo's 100,000 designated retail pharmacies: reference data, generated from a fixed seed
 * on first use and indexed for "nearest first" queries. Never persisted (see reference-data.ts).
 *
 * Each record draws from its own stream, seeded by (seed, i), and branch numbering counts only
 * earlier records, so a build of n records is a prefix of any larger build: raising the count
 * keeps every saved pharmacy id on the same shop. Changing how a record is made does move ids to
 * other shops; the fingerprint test pins the data so that happens only on purpose.
 */

import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import { defineReferenceData } from './reference-data';
import { CITIES, INDEPENDENT_BRANDS, KM_PER_DEGREE_LAT } from './pharmacy-geography';
import type { City, District } from './pharmacy-geography';
import { SeededRandom, hashString, mix32, unitFloat } from './random';

export const PHARMACY_COUNT = 100_000;
/** 2024-01-01: the day Fujian's pharmacies joined outpatient pooling (POLICY-FACTS §3). */
export const PHARMACY_SEED = 20_240_101;

export interface Pharmacy {
  /** `ph-000001` … `ph-100000`. */
  readonly id: string;
  /** Chain or shop brand plus branch, e.g. `大参林(民族路店)`. */
  readonly name: string;
  readonly brand: string;
  readonly address: string;
  /** The city's insured-region code (500000, 350100, 140100). */
  readonly regionCode: string;
  readonly cityName: string;
  readonly districtCode: string;
  readonly districtName: string;
  /** WGS-84, 6 decimals (about 0.1 m). */
  readonly lat: number;
  readonly lng: number;
  /** Invented; may belong to a real line, so the demo should show it but not dial it. */
  readonly phone: string;
  /** Designated for outpatient pooling (门诊统筹): e-prescription drugs settle like a clinic visit. */
  readonly outpatientPooling: boolean;
  /** Takes the medical-insurance e-voucher (医保电子凭证) QR code. */
  readonly acceptsVoucher: boolean;
  /** Receives e-prescriptions from the prescription circulation centre. */
  readonly ePrescription: boolean;
  /** A 双通道 pharmacy: dispenses national negotiated drugs under insurance. */
  readonly dualChannel: boolean;
  /** Delivers (the fee is the patient's, never covered: POLICY-FACTS §3). */
  readonly delivery: boolean;
  readonly open24h: boolean;
  /**
   * Whether the shop published its hours. Unpublished hours are unknown, not closed: the
   * screens say so instead of guessing (opens/closes are then 0).
   */
  readonly hoursPublished: boolean;
  /**
   * Minutes after local midnight (China time); 0 and 1440 when open around the clock. A shop
   * that closes after midnight has `closesAtMin` past 1440 (02:00 the next day is 1560).
   */
  readonly opensAtMin: number;
  readonly closesAtMin: number;
  /** Drives `stocksDrug`, so stock is a function instead of a 100,000 × catalogue table. */
  readonly stockSeed: number;
}

export interface PharmacyData {
  /** Index i holds `ph-` + (i + 1); the spatial index refers to records by this position. */
  readonly pharmacies: readonly Pharmacy[];
  readonly byId: ReadonlyMap<string, Pharmacy>;
  readonly spatialIndex: KDBush;
}

/*
 * Shares, chosen to look plausible: no source gives them, so they are demo assumptions
 * (POLICY-FACTS: "treat those as configurable data"). Overall shares that follow, which the
 * test checks:
 *   outpatient pooling  ~60 %  pooling is the policy push of 2023–24; many shops are not in yet
 *   e-voucher           ~85 %  pooling shops fetch the prescription with the code, so ~97 % of
 *                              them take it; 66 % of the rest
 *   e-prescription      ~60 %  90 % of pooling shops (circulation is how pooling works), 15 %
 *                              of the rest
 *   dual channel (双通道) ~3 %  only pooling shops with e-prescriptions, 5.5 % of those: the
 *                              rarest kind, as on the real designated lists
 *   delivery            ~35 %  40 % of chain shops, 15 % of independents
 *   open 24 hours        ~4 %
 *   chain shops         ~80 %
 */
const SHARE = {
  chain: 0.8,
  outskirts: 0.3,
  outpatientPooling: 0.6,
  voucherIfPooling: 0.97,
  voucherOtherwise: 0.66,
  ePrescriptionIfPooling: 0.9,
  ePrescriptionOtherwise: 0.15,
  dualChannelIfEligible: 0.055,
  deliveryChain: 0.4,
  deliveryIndependent: 0.15,
  open24h: 0.04,
} as const;

const OPENS_AT_MIN = [7 * 60 + 30, 8 * 60, 8 * 60 + 30, 9 * 60] as const;
/** Night shops close at 01:00–03:00 the next day (minutes past the first midnight). */
const OVERNIGHT_CLOSES_AT_MIN = [25 * 60, 26 * 60, 27 * 60] as const;
/*
 * Hours kinds beyond day and 24-hour shops, about 3 % each: they are read from the record's
 * stock seed instead of new draws, so adding them moved no shop and no earlier field.
 */
const HOURS_KIND_OVERNIGHT_BELOW = 8; // of 256
const HOURS_KIND_UNPUBLISHED_BELOW = 16; // of 256

/**
 * A shop whose name is an HTML injection attempt, near the e2e test location in Fuzhou: the
 * XSS check needs real data that would run script if any screen rendered names as HTML.
 */
export const XSS_PHARMACY_ID = 'ph-010078';
const XSS_INDEX = Number(XSS_PHARMACY_ID.slice(3)) - 1;
export const XSS_PHARMACY_NAME = '<img src=x onerror=alert(1)>';
const CLOSES_AT_MIN = [20 * 60, 21 * 60, 21 * 60 + 30, 22 * 60, 22 * 60 + 30] as const;
const MINUTES_PER_DAY = 24 * 60;

/**
 * A string per small number, each made once. Allocating and then collecting short-lived strings
 * is a large part of a build; house numbers and id halves repeat thousands of times, so each of a
 * record's strings becomes one concatenation of shared parts (about 10 % off the build).
 */
function cachedByNumber(make: (n: number) => string): (n: number) => string {
  const made: string[] = [];
  return (n) => (made[n] ??= make(n));
}

const pad3 = (n: number): string => String(n).padStart(3, '0');

/** `ph-000001` for index 0: the id is the record's position, counted from 1. */
function idMaker(): (index: number) => string {
  const head = cachedByNumber((thousands) => `ph-${pad3(thousands)}`);
  const tail = cachedByNumber(pad3);
  return (index) => head(Math.floor((index + 1) / 1000)) + tail((index + 1) % 1000);
}

/** A district flattened with what the build needs, so the hot loop does no lookups. */
interface Place {
  readonly city: City;
  readonly district: District;
  /** Position of the district's first road in the build's road numbering. */
  readonly firstRoad: number;
  /** Position of the city's first brand in the build's brand numbering. */
  readonly firstChain: number;
  readonly cumulativeWeight: number;
  /** `重庆市渝中区民族路`, per road: an address is then one concatenation, not four. */
  readonly addressPrefixes: readonly string[];
  readonly phonePrefix: string;
}

function layoutPlaces(): { places: Place[]; totalWeight: number; roads: number; brands: number } {
  const places: Place[] = [];
  let totalWeight = 0;
  let roads = 0;
  let brands = INDEPENDENT_BRANDS.length; // independents first, shared by all cities
  for (const city of CITIES) {
    const firstChain = brands;
    brands += city.chains.length;
    for (const district of city.districts) {
      totalWeight += district.weight;
      places.push({
        city,
        district,
        firstRoad: roads,
        firstChain,
        cumulativeWeight: totalWeight,
        addressPrefixes: district.roads.map((road) => `${city.name}${district.name}${road}`),
        phonePrefix: `${city.phoneAreaCode}-`,
      });
      roads += district.roads.length;
    }
  }
  return { places, totalWeight, roads, brands };
}

function placeFor(places: readonly Place[], ticket: number): Place {
  for (const place of places) if (ticket < place.cumulativeWeight) return place;
  throw new RangeError(`no place for weight ticket ${ticket}`);
}

const roundTo6 = (degrees: number): number => Math.round(degrees * 1e6) / 1e6;

const PHARMACY_ID = /^ph-(\d{6})$/;

/**
 * The id → pharmacy map, read straight off the array: an id is its record's position, so a hash
 * table would only repeat what the id already says. A real Map of 100,000 entries added about
 * 60 ms to a 170 ms build (hashing, growing, and the collector copying its tables).
 */
class PharmacyIdMap implements ReadonlyMap<string, Pharmacy> {
  constructor(private readonly pharmacies: readonly Pharmacy[]) {}

  get size(): number {
    return this.pharmacies.length;
  }

  get(id: string): Pharmacy | undefined {
    const digits = PHARMACY_ID.exec(id)?.[1];
    if (digits === undefined) return undefined;
    const pharmacy = this.pharmacies[Number(digits) - 1];
    return pharmacy?.id === id ? pharmacy : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(
    callback: (pharmacy: Pharmacy, id: string, map: ReadonlyMap<string, Pharmacy>) => void,
    thisArg?: unknown,
  ): void {
    for (const pharmacy of this.pharmacies) callback.call(thisArg, pharmacy, pharmacy.id, this);
  }

  *entries(): MapIterator<[string, Pharmacy]> {
    for (const pharmacy of this.pharmacies) yield [pharmacy.id, pharmacy];
  }

  *keys(): MapIterator<string> {
    for (const pharmacy of this.pharmacies) yield pharmacy.id;
  }

  *values(): MapIterator<Pharmacy> {
    yield* this.pharmacies;
  }

  [Symbol.iterator](): MapIterator<[string, Pharmacy]> {
    return this.entries();
  }
}

/** Builds the dataset: records, id map and spatial index. Deterministic from PHARMACY_SEED. */
export function buildPharmacies(count: number = PHARMACY_COUNT): PharmacyData {
  const { places, totalWeight, roads, brands } = layoutPlaces();
  // How many shops of each brand each road already has: the first is "(民族路店)", later ones
  // carry a house number, as chains name their branches.
  const shopsOnRoad = new Uint16Array(brands * roads);
  // `大参林(民族路`, made once per brand and road (see cachedByNumber).
  const namePrefixes: (string | undefined)[] = new Array<string | undefined>(brands * roads);
  const random = new SeededRandom(0);
  const pharmacies: Pharmacy[] = new Array<Pharmacy>(count);
  const spatialIndex = new KDBush(count);
  const pharmacyId = idMaker();
  const nameSuffix = cachedByNumber((houseNumber) => `${houseNumber}号店)`);
  const addressSuffix = cachedByNumber((houseNumber) => `${houseNumber}号`);

  for (let i = 0; i < count; i++) {
    random.reseed(mix32(PHARMACY_SEED, i));
    const place = placeFor(places, random.int(0, totalWeight - 1));
    const { city, district } = place;

    const spreadKm = random.chance(SHARE.outskirts) ? district.radiusKm * 2 : district.radiusKm;
    const lat = roundTo6(district.lat + (random.bell() * spreadKm) / KM_PER_DEGREE_LAT);
    const lng = roundTo6(district.lng + (random.bell() * spreadKm) / city.kmPerDegreeLng);

    const chain = random.chance(SHARE.chain);
    const brandList = chain ? city.chains : INDEPENDENT_BRANDS;
    const brandIndex = random.int(0, brandList.length - 1);
    const brand = brandList[brandIndex] ?? '';
    const roadIndex = random.int(0, district.roads.length - 1);
    const road = district.roads[roadIndex] ?? '';
    const slot =
      (chain ? place.firstChain + brandIndex : brandIndex) * roads + place.firstRoad + roadIndex;
    const nth = shopsOnRoad[slot] ?? 0;
    shopsOnRoad[slot] = nth + 1;
    // Disjoint ranges per nth shop keep house numbers, and so names, unique on a road.
    const houseNumber = nth * 7 + random.int(1, 7);
    const namePrefix = (namePrefixes[slot] ??= `${brand}(${road}`);
    const name = namePrefix + (nth === 0 ? '店)' : nameSuffix(houseNumber));

    const outpatientPooling = random.chance(SHARE.outpatientPooling);
    const acceptsVoucher = random.chance(
      outpatientPooling ? SHARE.voucherIfPooling : SHARE.voucherOtherwise,
    );
    const ePrescription = random.chance(
      outpatientPooling ? SHARE.ePrescriptionIfPooling : SHARE.ePrescriptionOtherwise,
    );
    const dualChannel =
      outpatientPooling && ePrescription && random.chance(SHARE.dualChannelIfEligible);
    const delivery = random.chance(chain ? SHARE.deliveryChain : SHARE.deliveryIndependent);
    const open24h = random.chance(SHARE.open24h);
    // Draw order matters (phone, hours, stock seed), as it always was: each shop keeps its data.
    const phone = place.phonePrefix + String(random.int(city.phoneMin, city.phoneMax));
    const opensAtMin = open24h ? 0 : random.pick(OPENS_AT_MIN);
    const dayClosesAtMin = open24h ? MINUTES_PER_DAY : random.pick(CLOSES_AT_MIN);
    // 30 bits: a small integer in every engine, so it is stored inline, not boxed.
    const stockSeed = random.nextUint32() >>> 2;
    const hoursKind = open24h ? 255 : (stockSeed >>> 20) & 0xff;
    const overnight = hoursKind < HOURS_KIND_OVERNIGHT_BELOW;
    const hoursPublished = overnight || hoursKind >= HOURS_KIND_UNPUBLISHED_BELOW;
    const closesAtMin = overnight
      ? (OVERNIGHT_CLOSES_AT_MIN[stockSeed % OVERNIGHT_CLOSES_AT_MIN.length] ?? dayClosesAtMin)
      : dayClosesAtMin;
    const xss = i === XSS_INDEX;

    const pharmacy: Pharmacy = {
      id: pharmacyId(i),
      name: xss ? XSS_PHARMACY_NAME : name,
      brand,
      address: (place.addressPrefixes[roadIndex] ?? road) + addressSuffix(houseNumber),
      regionCode: city.regionCode,
      cityName: city.name,
      districtCode: district.code,
      districtName: district.name,
      lat,
      lng,
      phone,
      outpatientPooling,
      acceptsVoucher,
      ePrescription,
      dualChannel,
      delivery,
      open24h,
      hoursPublished,
      opensAtMin: hoursPublished ? opensAtMin : 0,
      closesAtMin: hoursPublished ? closesAtMin : 0,
      stockSeed,
    };
    pharmacies[i] = pharmacy;
    spatialIndex.add(lng, lat);
  }
  spatialIndex.finish();
  return { pharmacies, byId: new PharmacyIdMap(pharmacies), spatialIndex };
}

export const pharmacyData = defineReferenceData('pharmacies', () => buildPharmacies());

export function pharmacyById(id: string): Pharmacy | undefined {
  return pharmacyData.get().byId.get(id);
}

// ---------------------------------------------------------------------------------------------
// Stock

/**
 * How a drug reaches pharmacies, which decides how many stock it. The prescription catalogue
 * says which applies to a drug; the stock test only needs the class.
 * - common: everyday catalogue drugs most shops keep.
 * - specialty: drugs of outpatient special diseases (the first batch of pharmacy pooling), kept
 *   mostly by pooling shops.
 * - negotiated: national negotiated drugs, dispensed under insurance only by 双通道 shops.
 */
export type DrugSupply = 'common' | 'specialty' | 'negotiated';

export interface DrugRef {
  readonly code: string;
  readonly supply?: DrugSupply;
}

function stockShare(pharmacy: Pharmacy, supply: DrugSupply): number {
  switch (supply) {
    case 'common':
      return 0.92;
    case 'specialty':
      return pharmacy.outpatientPooling ? 0.55 : 0.15;
    case 'negotiated':
      // Other shops may sell them at full price, but cannot fill an insured prescription.
      return pharmacy.dualChannel ? 0.9 : 0;
  }
}

function stocksHashedDrug(pharmacy: Pharmacy, drugHash: number, supply: DrugSupply): boolean {
  return unitFloat(mix32(pharmacy.stockSeed, drugHash)) < stockShare(pharmacy, supply);
}

/** Whether the pharmacy has the drug: the same answer every time, with no stock table. */
export function stocksDrug(
  pharmacy: Pharmacy,
  drugCode: string,
  supply: DrugSupply = 'common',
): boolean {
  return stocksHashedDrug(pharmacy, hashString(drugCode), supply);
}

/** Whether the pharmacy can fill the whole prescription. */
export function stocksAllDrugs(pharmacy: Pharmacy, drugs: readonly DrugRef[]): boolean {
  return drugs.every((drug) => stocksDrug(pharmacy, drug.code, drug.supply));
}

// ---------------------------------------------------------------------------------------------
// Hours

/**
 * The minute of the day in China Standard Time for an instant. China keeps UTC+8 all year (no
 * daylight saving), so a fixed offset is exact; the device's own time zone does not matter.
 */
export function chinaMinuteOfDay(epochMs: number): number {
  const dayMs = 86_400_000;
  const local = (((epochMs + 8 * 3_600_000) % dayMs) + dayMs) % dayMs;
  return Math.floor(local / 60_000);
}

export type OpenStatus = 'open' | 'closed' | 'unknown';

type Hours = Pick<Pharmacy, 'open24h' | 'hoursPublished' | 'opensAtMin' | 'closesAtMin'>;

/**
 * Open, closed, or unknown (hours not published) at a minute of the day, China time. Hours that
 * run past midnight (closesAtMin > 1440) cover the early minutes of the next day too.
 */
export function openStatusAt(hours: Hours, minuteOfDay: number): OpenStatus {
  if (hours.open24h) return 'open';
  if (!hours.hoursPublished) return 'unknown';
  const { opensAtMin, closesAtMin } = hours;
  const open =
    (minuteOfDay >= opensAtMin && minuteOfDay < closesAtMin) ||
    minuteOfDay + MINUTES_PER_DAY < closesAtMin;
  return open ? 'open' : 'closed';
}

/** Whether the pharmacy is known to be open at a minute of the day (China time). */
export function isOpenAt(pharmacy: Hours, minuteOfDay: number): boolean {
  return openStatusAt(pharmacy, minuteOfDay) === 'open';
}

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

// ---------------------------------------------------------------------------------------------
// Nearby search

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
  /** Only pharmacies whose name contains this text. */
  readonly nameContains?: string;
  /** Only pharmacies that stock every one of these drugs (a prescription's items). */
  readonly stocksDrugs?: readonly DrugRef[];
  readonly regionCode?: string;
}

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

type Predicate = (pharmacy: Pharmacy) => boolean;

/** Turns a filter into one predicate, doing per-query work (drug hashes) once, not per shop. */
export function pharmacyPredicate(filter: PharmacyFilter = {}): Predicate {
  const checks: Predicate[] = [];
  if (filter.outpatientPooling) checks.push((p) => p.outpatientPooling);
  if (filter.acceptsVoucher) checks.push((p) => p.acceptsVoucher);
  if (filter.ePrescription) checks.push((p) => p.ePrescription);
  if (filter.dualChannel) checks.push((p) => p.dualChannel);
  if (filter.delivery) checks.push((p) => p.delivery);
  if (filter.open24h) checks.push((p) => p.open24h);
  const { openAtMinute, nameContains, regionCode, stocksDrugs } = filter;
  if (openAtMinute !== undefined) checks.push((p) => isOpenAt(p, openAtMinute));
  if (nameContains !== undefined && nameContains !== '') {
    checks.push((p) => p.name.includes(nameContains));
  }
  if (regionCode !== undefined) checks.push((p) => p.regionCode === regionCode);
  if (stocksDrugs !== undefined && stocksDrugs.length > 0) {
    const drugs = stocksDrugs.map((d) => ({
      hash: hashString(d.code),
      supply: d.supply ?? 'common',
    }));
    checks.push((p) => drugs.every((d) => stocksHashedDrug(p, d.hash, d.supply)));
  }
  return (p) => checks.every((check) => check(p));
}

/** Distance in whole metres, by the same great-circle formula the spatial index uses. */
export function distanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  return Math.round(distance(lng1, lat1, lng2, lat2) * 1000);
}

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
  const { pharmacies, spatialIndex } = pharmacyData.get();
  const passes = query.filter === undefined ? undefined : pharmacyPredicate(query.filter);
  const at = (index: number): Pharmacy => {
    const pharmacy = pharmacies[index];
    if (pharmacy === undefined) throw new Error(`spatial index points past the data: ${index}`);
    return pharmacy;
  };
  const indices = around(
    spatialIndex,
    lng,
    lat,
    maxResults,
    maxDistanceKm,
    passes === undefined ? undefined : (index) => passes(at(index)),
  );
  return indices.map((index) => {
    const pharmacy = at(index);
    return { pharmacy, distanceM: distanceMetres(lat, lng, pharmacy.lat, pharmacy.lng) };
  });
}

// ---------------------------------------------------------------------------------------------
// Identity

/**
 * A short hash of everything in the records, to tell whether two builds (two runs, two
 * machines, before and after a change) made the same data.
 */
export function pharmacyFingerprint(pharmacies: readonly Pharmacy[]): string {
  let hash = 0x811c9dc5;
  for (const p of pharmacies) {
    hash = hashString(p.id, hash);
    hash = hashString(p.name, hash);
    hash = hashString(p.address, hash);
    hash = hashString(p.phone, hash);
    hash = hashString(p.districtCode, hash);
    // Micro-degrees are exact integers (coordinates have 6 decimals): no number formatting.
    hash = mix32(hash, Math.round(p.lat * 1e6));
    hash = mix32(hash, Math.round(p.lng * 1e6));
    const flags =
      Number(p.outpatientPooling) |
      (Number(p.acceptsVoucher) << 1) |
      (Number(p.ePrescription) << 2) |
      (Number(p.dualChannel) << 3) |
      (Number(p.delivery) << 4) |
      (Number(p.open24h) << 5);
    hash = mix32(hash, flags);
    hash = mix32(hash, p.opensAtMin * MINUTES_PER_DAY * 2 + p.closesAtMin);
    hash = mix32(hash, Number(p.hoursPublished));
    hash = mix32(hash, p.stockSeed);
  }
  return hash.toString(16).padStart(8, '0');
}
