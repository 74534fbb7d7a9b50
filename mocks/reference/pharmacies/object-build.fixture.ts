/**
 * The object builder as it was before the columnar store (docs/decisions/017), kept verbatim for
 * one purpose: the columns test compares every one of the 100,000 records it makes with the ones
 * the columns materialise. Test-only; nothing else imports it.
 */

import { CITIES, INDEPENDENT_BRANDS, KM_PER_DEGREE_LAT } from '../pharmacy-geography';
import type { City, District } from '../pharmacy-geography';
import { SeededRandom, mix32 } from '../random';
import type { Pharmacy } from './generate';

const PHARMACY_SEED = 20_240_101;

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
const XSS_PHARMACY_ID = 'ph-010078';
const XSS_INDEX = Number(XSS_PHARMACY_ID.slice(3)) - 1;
const XSS_PHARMACY_NAME = '<img src=x onerror=alert(1)>';
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

/** The records as plain objects, made exactly as before the columns. */
export function buildPharmacyObjects(count: number): Pharmacy[] {
  const { places, totalWeight, roads, brands } = layoutPlaces();
  // How many shops of each brand each road already has: the first is "(民族路店)", later ones
  // carry a house number, as chains name their branches.
  const shopsOnRoad = new Uint16Array(brands * roads);
  // `大参林(民族路`, made once per brand and road (see cachedByNumber).
  const namePrefixes: (string | undefined)[] = new Array<string | undefined>(brands * roads);
  const random = new SeededRandom(0);
  const pharmacies: Pharmacy[] = new Array<Pharmacy>(count);
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
  }
  return pharmacies;
}
