import * as z from 'zod/mini';
import type { Endpoint, QueryParameter } from './endpoint';
import { pharmacyIdSchema } from './ids';

/*
 * Designated retail pharmacies near a place. Coordinates are WGS-84 (what the Geolocation API
 * gives); map apps in China need them converted (GCJ-02, BD-09), which the client does.
 */

export const openStatusSchema = z.enum(['open', 'closed', 'unknown']);
export type OpenStatus = z.infer<typeof openStatusSchema>;

export const pharmacyServicesSchema = z.object({
  outpatientPooling: z.boolean(),
  acceptsVoucher: z.boolean(),
  ePrescription: z.boolean(),
  dualChannel: z.boolean(),
  delivery: z.boolean(),
  open24h: z.boolean(),
});
export type PharmacyServices = z.infer<typeof pharmacyServicesSchema>;

/**
 * Opening hours in China time. `closesAtMin` past 1440 runs into the next day (1560 = 02:00);
 * 'unpublished' means unknown, not closed.
 */
export const pharmacyHoursSchema = z.object({
  kind: z.enum(['24h', 'daily', 'unpublished']),
  opensAtMin: z.nullable(z.int().check(z.nonnegative())),
  closesAtMin: z.nullable(z.int().check(z.nonnegative())),
});
export type PharmacyHours = z.infer<typeof pharmacyHoursSchema>;

export const pharmacySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  lat: z.number(),
  lng: z.number(),
  distanceM: z.int().check(z.nonnegative()),
  walkingMinutes: z.int().check(z.nonnegative()),
  /** Inside the 15-minute medical-insurance service circle (15分钟医保服务圈). */
  withinServiceCircle: z.boolean(),
  /** At the server's clock, in China time, whatever the device's zone. */
  openStatus: openStatusSchema,
  services: pharmacyServicesSchema,
});
export type PharmacySummary = z.infer<typeof pharmacySummarySchema>;

export const pharmacyListSchema = z.object({
  /** The point distances are measured from. */
  origin: z.object({ lat: z.number(), lng: z.number() }),
  /** Server time of `openStatus`, epoch ms. */
  asOfMs: z.number(),
  items: z.array(pharmacySummarySchema),
  /** More matched than `limit`: the list holds the nearest ones. */
  truncated: z.boolean(),
});
export type PharmacyList = z.infer<typeof pharmacyListSchema>;

export const pharmacyDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  cityName: z.string(),
  districtName: z.string(),
  regionCode: z.string(),
  lat: z.number(),
  lng: z.number(),
  phone: z.string(),
  hours: pharmacyHoursSchema,
  openStatus: openStatusSchema,
  asOfMs: z.number(),
  services: pharmacyServicesSchema,
});
export type PharmacyDetail = z.infer<typeof pharmacyDetailSchema>;

export const areaDistrictSchema = z.object({
  code: z.string(),
  name: z.string(),
  lat: z.number(),
  lng: z.number(),
});
export const pharmacyAreasSchema = z.object({
  cities: z.array(
    z.object({
      regionCode: z.string(),
      name: z.string(),
      districts: z.array(areaDistrictSchema),
    }),
  ),
});
export type PharmacyAreas = z.infer<typeof pharmacyAreasSchema>;

// ---------------------------------------------------------------------------------------------
// The list's query string

export const PHARMACY_FILTERS = [
  'outpatientPooling',
  'acceptsVoucher',
  'ePrescription',
  'dualChannel',
  'delivery',
  'openNow',
  'open24h',
] as const;
export type PharmacyFilterName = (typeof PHARMACY_FILTERS)[number];

/** Results per list: enough for a long scroll, few enough for a phone to hold. */
export const PHARMACY_LIST_DEFAULT_LIMIT = 2_000;
export const PHARMACY_LIST_MAX_LIMIT = 3_000;
/** Straight-line search radius, km. */
export const PHARMACY_LIST_RADIUS_KM = 10;

/**
 * Where to measure from: a point (lat/lng, WGS-84) or an area's centre (a district code from
 * `/pharmacy-areas`), when the person chose a place instead of sharing their location.
 */
export type PharmacyOrigin = { lat: number; lng: number } | { district: string };

export interface PharmacyListQuery {
  origin: PharmacyOrigin;
  filters?: Partial<Record<PharmacyFilterName, boolean>>;
  /** Part of the name. */
  q?: string;
  limit?: number;
}

/** The query as URL parameters, in a fixed order; filters off are left out. */
export function pharmacyQueryParams(query: PharmacyListQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if ('district' in query.origin) params.district = query.origin.district;
  else {
    params.lat = query.origin.lat.toFixed(6);
    params.lng = query.origin.lng.toFixed(6);
  }
  for (const name of PHARMACY_FILTERS) if (query.filters?.[name]) params[name] = '1';
  const q = query.q?.trim();
  if (q) params.q = q;
  if (query.limit !== undefined) params.limit = String(query.limit);
  return params;
}

/** The query as a URL search string (without `?`): the identity of a list in the cache. */
export function pharmacyQueryToSearch(query: PharmacyListQuery): string {
  return new URLSearchParams(pharmacyQueryParams(query)).toString();
}

/**
 * A refused query string. `problem` starts with the parameter it is about and says what that
 * parameter takes; `missing` marks a place not given, as opposed to a value given wrong.
 */
export type QueryRefusal = { ok: false; problem: string; missing?: true };
export type ParsedOrigin = { ok: true; origin: PharmacyOrigin } | QueryRefusal;
export type ParsedQuery = { ok: true; query: PharmacyListQuery } | QueryRefusal;

const refuse = (parameter: string, problem: string): QueryRefusal => ({
  ok: false,
  problem: `${parameter}: ${problem}`,
});

// Decimal degrees as people and generators write them (26.085, -0.5, 1e-5); not the empty
// string, hex or Infinity, which Number() would take.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DISTRICT = /^\d{6}$/;
const COORDINATE_BOUNDS = { lat: 90, lng: 180 } as const;

type Coordinate = { ok: true; value: number | undefined } | QueryRefusal;

function coordinateFrom(params: URLSearchParams, name: 'lat' | 'lng'): Coordinate {
  const text = params.get(name);
  if (text === null) return { ok: true, value: undefined };
  const bound = COORDINATE_BOUNDS[name];
  const range = `WGS-84 degrees from -${bound} to ${bound}`;
  if (!DECIMAL.test(text)) return refuse(name, `${JSON.stringify(text)} is not a number; ${range}`);
  const value = Number(text);
  if (!(value >= -bound && value <= bound)) {
    return refuse(name, `${JSON.stringify(text)} is out of range; ${range}`);
  }
  return { ok: true, value };
}

/**
 * Where a list is measured from (the server side of the origin in `pharmacyQueryParams`): a
 * `district`'s centre when one is given, whatever `lat` and `lng` say, else `lat`+`lng`. Every
 * value given is checked, the ones a district leaves unused too: a bad value is a bad request.
 */
export function pharmacyOriginFromSearch(params: URLSearchParams): ParsedOrigin {
  const lat = coordinateFrom(params, 'lat');
  if (!lat.ok) return lat;
  const lng = coordinateFrom(params, 'lng');
  if (!lng.ok) return lng;
  const district = params.get('district');
  if (district !== null) {
    if (!DISTRICT.test(district)) {
      return refuse(
        'district',
        `${JSON.stringify(district)} is not a 6-digit district code from /pharmacy-areas`,
      );
    }
    return { ok: true, origin: { district } };
  }
  if (lat.value === undefined && lng.value === undefined) {
    return {
      ok: false,
      problem: 'lat and lng (WGS-84 degrees) or district are required',
      missing: true,
    };
  }
  if (lat.value === undefined) {
    return { ...refuse('lat', 'required with lng (or give district instead)'), missing: true };
  }
  if (lng.value === undefined) {
    return { ...refuse('lng', 'required with lat (or give district instead)'), missing: true };
  }
  return { ok: true, origin: { lat: lat.value, lng: lng.value } };
}

/** The query back from a URL (the server side of `pharmacyQueryToSearch`). */
export function pharmacyQueryFromSearch(params: URLSearchParams): ParsedQuery {
  const parsedOrigin = pharmacyOriginFromSearch(params);
  // A value given wrong is named before a place not given: `?limit=0` is about the limit.
  if (!parsedOrigin.ok && parsedOrigin.missing !== true) return parsedOrigin;
  const filters: Partial<Record<PharmacyFilterName, boolean>> = {};
  for (const name of PHARMACY_FILTERS) {
    const value = params.get(name);
    if (value === null) continue;
    if (value !== '1' && value !== '0') {
      return refuse(name, `${JSON.stringify(value)} is not 1 or 0`);
    }
    filters[name] = value === '1';
  }
  const limitText = params.get('limit');
  let limit = PHARMACY_LIST_DEFAULT_LIMIT;
  if (limitText !== null) {
    limit = /^[+-]?\d+$/.test(limitText) ? Number(limitText) : Number.NaN;
    if (!(limit >= 1 && limit <= PHARMACY_LIST_MAX_LIMIT)) {
      return refuse(
        'limit',
        `${JSON.stringify(limitText)} is not an integer from 1 to ${PHARMACY_LIST_MAX_LIMIT}`,
      );
    }
  }
  const q = params.get('q')?.trim() ?? '';
  if (q.length > 50) return { ok: false, problem: 'q: at most 50 characters' };
  if (!parsedOrigin.ok) return parsedOrigin;
  const { origin } = parsedOrigin;
  return { ok: true, query: { origin, filters, limit, ...(q === '' ? {} : { q }) } };
}

// What the handler does with both a district and a point: the district wins, and says so.
const DISTRICT_WINS =
  'Ignored when `district` is given (the list is then measured from, and ordered by distance to, the district centre), though still refused when out of range.';

/**
 * Where to measure from, as query parameters: `lat`+`lng`, or `district`. With both, the
 * district's centre is the origin (`pharmacyOriginFromSearch`).
 */
export const PHARMACY_ORIGIN_PARAMETERS: readonly QueryParameter[] = [
  {
    name: 'lat',
    description: `Latitude, WGS-84 degrees from -90 to 90, with \`lng\`: distances are measured from this point and the list is nearest first. ${DISTRICT_WINS}`,
    schema: { type: 'number', minimum: -90, maximum: 90 },
  },
  {
    name: 'lng',
    description: `Longitude, WGS-84 degrees from -180 to 180, with \`lat\`. ${DISTRICT_WINS}`,
    schema: { type: 'number', minimum: -180, maximum: 180 },
  },
  {
    name: 'district',
    description:
      'A district code from `/pharmacy-areas`: measure from its centre, for a person who chose a place instead of sharing their location. It wins over `lat` and `lng` when those come too.',
    schema: { type: 'string', pattern: '^\\d{6}$' },
  },
];

const FILTER_DESCRIPTIONS: Readonly<Record<PharmacyFilterName, string>> = {
  outpatientPooling: 'Only pharmacies that settle outpatient pooling (门诊统筹)',
  acceptsVoucher: 'Only pharmacies that accept the e-voucher',
  ePrescription: 'Only pharmacies that take e-prescriptions',
  dualChannel: 'Only dual-channel (双通道) pharmacies for negotiated drugs',
  delivery: 'Only pharmacies that deliver',
  openNow: 'Only pharmacies open now (China time)',
  open24h: 'Only pharmacies open 24 hours',
};

export const PHARMACY_LIST_PARAMETERS: readonly QueryParameter[] = [
  ...PHARMACY_ORIGIN_PARAMETERS,
  ...PHARMACY_FILTERS.map((name): QueryParameter => ({
    name,
    description: `${FILTER_DESCRIPTIONS[name]} when 1`,
    schema: { type: 'string', enum: ['0', '1'] },
  })),
  {
    name: 'q',
    description: 'Part of the pharmacy name',
    schema: { type: 'string', maxLength: 50 },
  },
  {
    name: 'limit',
    description: `At most this many results, 1 to ${PHARMACY_LIST_MAX_LIMIT} (default ${PHARMACY_LIST_DEFAULT_LIMIT})`,
    schema: { type: 'integer', minimum: 1, maximum: PHARMACY_LIST_MAX_LIMIT },
  },
];

// ---------------------------------------------------------------------------------------------
// Endpoints (spread into `endpoints` in endpoints.ts)

/** The 400 of a list from a place; `message` is `<parameter>: <what it takes>`. */
export const LOCATION_INVALID_DESCRIPTION =
  'No place (`lat`+`lng` or `district`), or a parameter that is malformed or out of range; `message` starts with the parameter\'s name and says what it takes (`lat: "91" is out of range; WGS-84 degrees from -90 to 90`).';

export const pharmacyEndpoints = {
  listPharmacies: {
    id: 'listPharmacies',
    method: 'GET',
    path: '/pharmacies',
    summary:
      'Designated pharmacies nearest first from `lat`+`lng` (WGS-84) or a `district` centre, within 10 km; filters `outpatientPooling`, `acceptsVoucher`, `ePrescription`, `dualChannel`, `delivery`, `openNow`, `open24h` (=1), `q` (part of the name; full-width forms, letter case and invisible characters are ignored), `limit` (1–3000, default 2000)',
    tag: 'pharmacies',
    auth: false,
    query: PHARMACY_LIST_PARAMETERS,
    response: pharmacyListSchema,
    status: 200,
    errors: [
      {
        status: 400,
        codes: ['LOCATION_INVALID'],
        description: LOCATION_INVALID_DESCRIPTION,
      },
      { status: 404, codes: ['NOT_FOUND'], description: 'No such district.' },
    ],
  },
  getPharmacy: {
    id: 'getPharmacy',
    method: 'GET',
    path: '/pharmacies/{pharmacyId}',
    summary: 'One pharmacy: address, hours, open now (China time), services, phone',
    tag: 'pharmacies',
    auth: false,
    response: pharmacyDetailSchema,
    status: 200,
    params: {
      pharmacyId: {
        description: "A pharmacy's `id` from a list: `ph-` and six digits.",
        schema: pharmacyIdSchema,
      },
    },
    errors: [{ status: 404, codes: ['NOT_FOUND'], description: 'No pharmacy has this id.' }],
  },
  listPharmacyAreas: {
    id: 'listPharmacyAreas',
    method: 'GET',
    path: '/pharmacy-areas',
    summary: 'Cities and districts to search from when the location is not shared',
    tag: 'pharmacies',
    auth: false,
    response: pharmacyAreasSchema,
    status: 200,
    errors: [],
  },
} as const satisfies Record<string, Endpoint>;
