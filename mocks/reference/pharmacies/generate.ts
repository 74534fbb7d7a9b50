/**
 * The demo's 100,000 designated retail pharmacies: reference data, generated from a fixed seed
 * on first use and indexed for "nearest first" queries. Never persisted (see reference-data.ts).
 *
 * Each record draws from its own stream, seeded by (seed, i), and branch numbering counts only
 * earlier records, so a build of n records is a prefix of any larger build: raising the count
 * keeps every saved pharmacy id on the same shop. Changing how a record is made does move ids to
 * other shops; the fingerprint test pins the data so that happens only on purpose.
 *
 * The records live in columns (docs/decisions/017): one typed array per field, and the strings
 * (brands, roads, districts) once each in small tables that the columns point into. A `Pharmacy`
 * object exists only when a query returns one (`pharmacyAt`), so the dataset costs a few MB
 * instead of 100,000 objects and their 400,000 strings.
 */

import KDBush from 'kdbush';
import { defineReferenceData } from '../reference-data';
import { CITIES, INDEPENDENT_BRANDS, KM_PER_DEGREE_LAT } from '../pharmacy-geography';
import type { City, District } from '../pharmacy-geography';
import { SeededRandom, hashString, mix32 } from '../random';

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

/** Bits of `PharmacyColumns.flags`. */
export const FLAG = {
  outpatientPooling: 1,
  acceptsVoucher: 2,
  ePrescription: 4,
  dualChannel: 8,
  delivery: 16,
  open24h: 32,
  hoursPublished: 64,
  /** The brand's first shop on its road: named `(民族路店)`, later ones carry a house number. */
  firstOnRoad: 128,
} as const;

/** Record i of every field is at position i; the spatial index refers to records by it. */
export interface PharmacyColumns {
  /** Position in `PharmacyTables.places` (a district of a city). */
  readonly place: Uint8Array;
  /** Position in `PharmacyTables.brands`. */
  readonly brand: Uint16Array;
  /** Position in `PharmacyTables.roads` (numbered across all districts). */
  readonly road: Uint16Array;
  readonly houseNumber: Uint16Array;
  /** Micro-degrees: coordinates have 6 decimals, so the integer is exact and half the size. */
  readonly latE6: Int32Array;
  readonly lngE6: Int32Array;
  /** The local number; the city's area code is in the place table. */
  readonly phone: Int32Array;
  readonly opensAtMin: Uint16Array;
  readonly closesAtMin: Uint16Array;
  readonly stockSeed: Int32Array;
  readonly flags: Uint8Array;
}

/** A district with its city: what a record's `place` names. */
export interface PlaceEntry {
  readonly city: City;
  readonly district: District;
  /** `023-`: the phone number's head. */
  readonly phonePrefix: string;
}

/** The strings, each made once and shared by every record that uses it. */
export interface PharmacyTables {
  readonly places: readonly PlaceEntry[];
  readonly brands: readonly string[];
  readonly roads: readonly string[];
  /** `重庆市渝中区民族路`, per road. */
  readonly addressPrefixes: readonly string[];
}

export interface PharmacyData {
  readonly count: number;
  readonly columns: PharmacyColumns;
  readonly tables: PharmacyTables;
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

/** A place as the build loop needs it, so the hot loop does no lookups. */
interface BuildPlace {
  readonly city: City;
  readonly district: District;
  /** Position of the district's first road in the road table. */
  readonly firstRoad: number;
  /** Position of the city's first chain in the brand table. */
  readonly firstChain: number;
  readonly cumulativeWeight: number;
}

function layout(): { tables: PharmacyTables; buildPlaces: BuildPlace[]; totalWeight: number } {
  const places: PlaceEntry[] = [];
  const buildPlaces: BuildPlace[] = [];
  // Independents first, shared by all cities; then each city's chains.
  const brands: string[] = [...INDEPENDENT_BRANDS];
  const roads: string[] = [];
  const addressPrefixes: string[] = [];
  let totalWeight = 0;
  for (const city of CITIES) {
    const firstChain = brands.length;
    brands.push(...city.chains);
    for (const district of city.districts) {
      totalWeight += district.weight;
      places.push({ city, district, phonePrefix: `${city.phoneAreaCode}-` });
      buildPlaces.push({
        city,
        district,
        firstRoad: roads.length,
        firstChain,
        cumulativeWeight: totalWeight,
      });
      for (const road of district.roads) {
        roads.push(road);
        addressPrefixes.push(`${city.name}${district.name}${road}`);
      }
    }
  }
  // The columns' widths: a wider table must widen its column, not wrap around silently.
  if (places.length > 0xff || brands.length > 0xffff || roads.length > 0xffff) {
    throw new RangeError('pharmacy tables outgrew their columns');
  }
  return { tables: { places, brands, roads, addressPrefixes }, buildPlaces, totalWeight };
}

function placeFor(places: readonly BuildPlace[], ticket: number): number {
  for (let p = 0; p < places.length; p++) {
    if (ticket < (places[p]?.cumulativeWeight ?? 0)) return p;
  }
  throw new RangeError(`no place for weight ticket ${ticket}`);
}

/** Builds the dataset: columns, tables, id map and spatial index. Deterministic from the seed. */
export function buildPharmacies(count: number = PHARMACY_COUNT): PharmacyData {
  const { tables, buildPlaces, totalWeight } = layout();
  const roads = tables.roads.length;
  const columns: PharmacyColumns = {
    place: new Uint8Array(count),
    brand: new Uint16Array(count),
    road: new Uint16Array(count),
    houseNumber: new Uint16Array(count),
    latE6: new Int32Array(count),
    lngE6: new Int32Array(count),
    phone: new Int32Array(count),
    opensAtMin: new Uint16Array(count),
    closesAtMin: new Uint16Array(count),
    stockSeed: new Int32Array(count),
    flags: new Uint8Array(count),
  };
  // How many shops of each brand each road already has: the first is "(民族路店)", later ones
  // carry a house number, as chains name their branches.
  const shopsOnRoad = new Uint16Array(tables.brands.length * roads);
  const random = new SeededRandom(0);
  const spatialIndex = new KDBush(count);

  for (let i = 0; i < count; i++) {
    random.reseed(mix32(PHARMACY_SEED, i));
    const placeIndex = placeFor(buildPlaces, random.int(0, totalWeight - 1));
    const place = buildPlaces[placeIndex];
    if (place === undefined) throw new RangeError(`no place ${placeIndex}`);
    const { city, district } = place;

    const spreadKm = random.chance(SHARE.outskirts) ? district.radiusKm * 2 : district.radiusKm;
    // Math.round(x * 1e6) / 1e6 was the stored 6-decimal degree; its integer is stored instead.
    const latE6 = Math.round((district.lat + (random.bell() * spreadKm) / KM_PER_DEGREE_LAT) * 1e6);
    const lngE6 = Math.round(
      (district.lng + (random.bell() * spreadKm) / city.kmPerDegreeLng) * 1e6,
    );

    const chain = random.chance(SHARE.chain);
    const brandIndex = random.int(0, (chain ? city.chains : INDEPENDENT_BRANDS).length - 1);
    const brand = chain ? place.firstChain + brandIndex : brandIndex;
    const road = place.firstRoad + random.int(0, district.roads.length - 1);
    const slot = brand * roads + road;
    const nth = shopsOnRoad[slot] ?? 0;
    shopsOnRoad[slot] = nth + 1;
    // Disjoint ranges per nth shop keep house numbers, and so names, unique on a road.
    const houseNumber = nth * 7 + random.int(1, 7);

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
    const phone = random.int(city.phoneMin, city.phoneMax);
    const opensAtMin = open24h ? 0 : random.pick(OPENS_AT_MIN);
    const dayClosesAtMin = open24h ? MINUTES_PER_DAY : random.pick(CLOSES_AT_MIN);
    // 30 bits: fits an Int32Array and stays a small integer when read back.
    const stockSeed = random.nextUint32() >>> 2;
    const hoursKind = open24h ? 255 : (stockSeed >>> 20) & 0xff;
    const overnight = hoursKind < HOURS_KIND_OVERNIGHT_BELOW;
    const hoursPublished = overnight || hoursKind >= HOURS_KIND_UNPUBLISHED_BELOW;
    const closesAtMin = overnight
      ? (OVERNIGHT_CLOSES_AT_MIN[stockSeed % OVERNIGHT_CLOSES_AT_MIN.length] ?? dayClosesAtMin)
      : dayClosesAtMin;

    columns.place[i] = placeIndex;
    columns.brand[i] = brand;
    columns.road[i] = road;
    columns.houseNumber[i] = houseNumber;
    columns.latE6[i] = latE6;
    columns.lngE6[i] = lngE6;
    columns.phone[i] = phone;
    columns.opensAtMin[i] = hoursPublished ? opensAtMin : 0;
    columns.closesAtMin[i] = hoursPublished ? closesAtMin : 0;
    columns.stockSeed[i] = stockSeed;
    columns.flags[i] =
      (outpatientPooling ? FLAG.outpatientPooling : 0) |
      (acceptsVoucher ? FLAG.acceptsVoucher : 0) |
      (ePrescription ? FLAG.ePrescription : 0) |
      (dualChannel ? FLAG.dualChannel : 0) |
      (delivery ? FLAG.delivery : 0) |
      (open24h ? FLAG.open24h : 0) |
      (hoursPublished ? FLAG.hoursPublished : 0) |
      (nth === 0 ? FLAG.firstOnRoad : 0);
    spatialIndex.add(lngE6 / 1e6, latE6 / 1e6);
  }
  spatialIndex.finish();
  const data: PharmacyData = {
    count,
    columns,
    tables,
    byId: new PharmacyIdMap(() => data),
    spatialIndex,
  };
  return data;
}

/**
 * A string per small number, each made once. Queries materialise their results' strings, and
 * house numbers and id halves repeat thousands of times, so each string is one concatenation of
 * shared parts instead of number formatting and padding (faster, though under the shared
 * machine's noise by how much is unclear). Bounded: ids have 1,000 halves, and house numbers
 * stay in the hundreds.
 */
function cachedByNumber(make: (n: number) => string): (n: number) => string {
  const made: string[] = [];
  return (n) => (made[n] ??= make(n));
}

const pad3 = (n: number): string => String(n).padStart(3, '0');
const idHead = cachedByNumber((thousands) => `ph-${pad3(thousands)}`);
const idTail = cachedByNumber(pad3);
const branchSuffix = cachedByNumber((houseNumber) => `${houseNumber}号店)`);
const addressSuffix = cachedByNumber((houseNumber) => `${houseNumber}号`);

/** `ph-000001` for index 0: the id is the record's position, counted from 1. */
export function pharmacyIdAt(index: number): string {
  return idHead(Math.floor((index + 1) / 1000)) + idTail((index + 1) % 1000);
}

export function placeAt(data: PharmacyData, index: number): PlaceEntry {
  const place = data.tables.places[data.columns.place[index] ?? -1];
  if (place === undefined) throw new RangeError(`no pharmacy at ${index}`);
  return place;
}

/** The shop's name, made from its brand, road and house number (searches need only this). */
export function pharmacyNameAt(data: PharmacyData, index: number): string {
  if (index === XSS_INDEX) return XSS_PHARMACY_NAME;
  const { columns, tables } = data;
  const brand = tables.brands[columns.brand[index] ?? -1] ?? '';
  const road = tables.roads[columns.road[index] ?? -1] ?? '';
  const first = ((columns.flags[index] ?? 0) & FLAG.firstOnRoad) !== 0;
  return brand + '(' + road + (first ? '店)' : branchSuffix(columns.houseNumber[index] ?? 0));
}

/** Record `index` as a `Pharmacy`: a new object, made only when a query returns it. */
export function pharmacyAt(data: PharmacyData, index: number): Pharmacy {
  if (!(index >= 0 && index < data.count && Number.isInteger(index))) {
    throw new RangeError(`no pharmacy at ${index}`);
  }
  const { columns, tables } = data;
  const { city, district, phonePrefix } = placeAt(data, index);
  const road = columns.road[index] ?? 0;
  const flags = columns.flags[index] ?? 0;
  return {
    id: pharmacyIdAt(index),
    name: pharmacyNameAt(data, index),
    brand: tables.brands[columns.brand[index] ?? 0] ?? '',
    address: (tables.addressPrefixes[road] ?? '') + addressSuffix(columns.houseNumber[index] ?? 0),
    regionCode: city.regionCode,
    cityName: city.name,
    districtCode: district.code,
    districtName: district.name,
    lat: (columns.latE6[index] ?? 0) / 1e6,
    lng: (columns.lngE6[index] ?? 0) / 1e6,
    phone: phonePrefix + String(columns.phone[index] ?? 0),
    outpatientPooling: (flags & FLAG.outpatientPooling) !== 0,
    acceptsVoucher: (flags & FLAG.acceptsVoucher) !== 0,
    ePrescription: (flags & FLAG.ePrescription) !== 0,
    dualChannel: (flags & FLAG.dualChannel) !== 0,
    delivery: (flags & FLAG.delivery) !== 0,
    open24h: (flags & FLAG.open24h) !== 0,
    hoursPublished: (flags & FLAG.hoursPublished) !== 0,
    opensAtMin: columns.opensAtMin[index] ?? 0,
    closesAtMin: columns.closesAtMin[index] ?? 0,
    stockSeed: columns.stockSeed[index] ?? 0,
  };
}

/**
 * Every record, materialised one at a time. For checks over the whole dataset (tests, the
 * bench's fingerprint); a query never needs it.
 */
export function* eachPharmacy(data: PharmacyData): Generator<Pharmacy, void, undefined> {
  for (let i = 0; i < data.count; i++) yield pharmacyAt(data, i);
}

const PHARMACY_ID = /^ph-(\d{6})$/;

/**
 * The id → pharmacy map, read straight off the columns: an id is its record's position, so a
 * hash table would only repeat what the id already says.
 */
class PharmacyIdMap implements ReadonlyMap<string, Pharmacy> {
  // A thunk: the map is made inside the object it reads.
  constructor(private readonly data: () => PharmacyData) {}

  get size(): number {
    return this.data().count;
  }

  get(id: string): Pharmacy | undefined {
    const digits = PHARMACY_ID.exec(id)?.[1];
    if (digits === undefined) return undefined;
    const index = Number(digits) - 1;
    return index >= 0 && index < this.size ? pharmacyAt(this.data(), index) : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(
    callback: (pharmacy: Pharmacy, id: string, map: ReadonlyMap<string, Pharmacy>) => void,
    thisArg?: unknown,
  ): void {
    for (const pharmacy of this.values()) callback.call(thisArg, pharmacy, pharmacy.id, this);
  }

  *entries(): MapIterator<[string, Pharmacy]> {
    for (const pharmacy of this.values()) yield [pharmacy.id, pharmacy];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.size; i++) yield pharmacyIdAt(i);
  }

  *values(): MapIterator<Pharmacy> {
    const data = this.data();
    for (let i = 0; i < data.count; i++) yield pharmacyAt(data, i);
  }

  [Symbol.iterator](): MapIterator<[string, Pharmacy]> {
    return this.entries();
  }
}

export const pharmacyData = defineReferenceData('pharmacies', () => buildPharmacies());

export function pharmacyById(id: string): Pharmacy | undefined {
  return pharmacyData.get().byId.get(id);
}

/**
 * A short hash of everything in the records, to tell whether two builds (two runs, two
 * machines, before and after a change) made the same data.
 */
export function pharmacyFingerprint(pharmacies: Iterable<Pharmacy>): string {
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
