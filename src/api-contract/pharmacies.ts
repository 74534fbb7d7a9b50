import * as z from 'zod/mini';
import type { Endpoint, QueryParameter } from './endpoint';

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

export type ParsedQuery = { ok: true; query: PharmacyListQuery } | { ok: false; problem: string };

/** The query back from a URL (the server side of `pharmacyQueryToSearch`). */
export function pharmacyQueryFromSearch(params: URLSearchParams): ParsedQuery {
  const district = params.get('district');
  const latText = params.get('lat');
  const lngText = params.get('lng');
  let origin: PharmacyOrigin;
  if (district !== null) {
    if (!/^\d{6}$/.test(district)) return { ok: false, problem: 'district: a 6-digit code' };
    origin = { district };
  } else {
    const lat = Number(latText ?? Number.NaN);
    const lng = Number(lngText ?? Number.NaN);
    if (
      latText === null ||
      lngText === null ||
      !(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180)
    ) {
      return { ok: false, problem: 'lat and lng (WGS-84 degrees) or district are required' };
    }
    origin = { lat, lng };
  }
  const filters: Partial<Record<PharmacyFilterName, boolean>> = {};
  for (const name of PHARMACY_FILTERS) {
    const value = params.get(name);
    if (value === null) continue;
    if (value !== '1' && value !== '0') return { ok: false, problem: `${name}: 1 or 0` };
    filters[name] = value === '1';
  }
  const limitText = params.get('limit');
  let limit = PHARMACY_LIST_DEFAULT_LIMIT;
  if (limitText !== null) {
    limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > PHARMACY_LIST_MAX_LIMIT) {
      return { ok: false, problem: `limit: 1 to ${PHARMACY_LIST_MAX_LIMIT}` };
    }
  }
  const q = params.get('q')?.trim() ?? '';
  if (q.length > 50) return { ok: false, problem: 'q: at most 50 characters' };
  return { ok: true, query: { origin, filters, limit, ...(q === '' ? {} : { q }) } };
}

/** Where to measure from, as query parameters: `lat`+`lng`, or `district`. */
export const PHARMACY_ORIGIN_PARAMETERS: readonly QueryParameter[] = [
  {
    name: 'lat',
    description: 'Latitude, WGS-84 degrees (with `lng`; or give `district`)',
    schema: { type: 'number', minimum: -90, maximum: 90 },
  },
  {
    name: 'lng',
    description: 'Longitude, WGS-84 degrees (with `lat`)',
    schema: { type: 'number', minimum: -180, maximum: 180 },
  },
  {
    name: 'district',
    description: 'A district code from `/pharmacy-areas`: measure from its centre',
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
    description: `At most this many results (default ${PHARMACY_LIST_DEFAULT_LIMIT})`,
    schema: { type: 'integer', minimum: 1, maximum: PHARMACY_LIST_MAX_LIMIT },
  },
];

// ---------------------------------------------------------------------------------------------
// Endpoints (spread into `endpoints` in endpoints.ts)

export const pharmacyEndpoints = {
  listPharmacies: {
    id: 'listPharmacies',
    method: 'GET',
    path: '/pharmacies',
    summary:
      'Designated pharmacies nearest first from `lat`+`lng` (WGS-84) or a `district` centre, within 10 km; filters `outpatientPooling`, `acceptsVoucher`, `ePrescription`, `dualChannel`, `delivery`, `openNow`, `open24h` (=1), `q` (part of the name), `limit` (1–3000, default 2000)',
    tag: 'pharmacies',
    auth: false,
    query: PHARMACY_LIST_PARAMETERS,
    response: pharmacyListSchema,
    status: 200,
    errors: [
      {
        status: 400,
        codes: ['LOCATION_INVALID'],
        description: 'No place (lat/lng or district), or a query parameter out of range.',
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
