import {
  pharmacyAreasSchema,
  pharmacyDetailSchema,
  pharmacyEndpoints,
  pharmacyListSchema,
  pharmacyQueryFromSearch,
  PHARMACY_LIST_DEFAULT_LIMIT,
  PHARMACY_LIST_RADIUS_KM,
  type PharmacyDetail,
  type PharmacyHours,
  type PharmacyListQuery,
  type PharmacyServices,
  type PharmacySummary,
} from '@/api-contract/pharmacies';
import { now } from '../clock';
import { fail, ok, type Answer } from '../http-utils';
import { pharmacyById, type Pharmacy } from '../reference/pharmacies/generate';
import { chinaMinuteOfDay, openStatusAt } from '../reference/pharmacies/hours';
import {
  isWithinServiceCircle,
  nearbyPharmacies,
  walkingMinutes,
  type NearbyPharmacy,
  type PharmacyFilter,
} from '../reference/pharmacies/search';
import { CITIES } from '../reference/pharmacy-geography';
import { route } from '../route';

export function servicesOf(p: Pharmacy): PharmacyServices {
  return {
    outpatientPooling: p.outpatientPooling,
    acceptsVoucher: p.acceptsVoucher,
    ePrescription: p.ePrescription,
    dualChannel: p.dualChannel,
    delivery: p.delivery,
    open24h: p.open24h,
  };
}

function hoursOf(p: Pharmacy): PharmacyHours {
  if (p.open24h) return { kind: '24h', opensAtMin: null, closesAtMin: null };
  if (!p.hoursPublished) return { kind: 'unpublished', opensAtMin: null, closesAtMin: null };
  return { kind: 'daily', opensAtMin: p.opensAtMin, closesAtMin: p.closesAtMin };
}

export function summaryOf({ pharmacy, distanceM }: NearbyPharmacy, atMs: number): PharmacySummary {
  return {
    id: pharmacy.id,
    name: pharmacy.name,
    address: pharmacy.address,
    lat: pharmacy.lat,
    lng: pharmacy.lng,
    distanceM,
    walkingMinutes: walkingMinutes(distanceM),
    withinServiceCircle: isWithinServiceCircle(distanceM),
    openStatus: openStatusAt(pharmacy, chinaMinuteOfDay(atMs)),
    services: servicesOf(pharmacy),
  };
}

export function detailOf(p: Pharmacy, atMs: number): PharmacyDetail {
  return {
    id: p.id,
    name: p.name,
    address: p.address,
    cityName: p.cityName,
    districtName: p.districtName,
    regionCode: p.regionCode,
    lat: p.lat,
    lng: p.lng,
    phone: p.phone,
    hours: hoursOf(p),
    openStatus: openStatusAt(p, chinaMinuteOfDay(atMs)),
    asOfMs: atMs,
    services: servicesOf(p),
  };
}

/** A district's centre by its code, from the reference geography. */
export function districtCentre(code: string): { lat: number; lng: number } | undefined {
  for (const city of CITIES) {
    const district = city.districts.find((d) => d.code === code);
    if (district) return { lat: district.lat, lng: district.lng };
  }
  return undefined;
}

export type Origin = { ok: true; lat: number; lng: number } | { ok: false; reply: Answer };

/** The point a list is measured from: given, or a district's centre (404 when unknown). */
export function originOf(query: PharmacyListQuery): Origin {
  if ('district' in query.origin) {
    const centre = districtCentre(query.origin.district);
    if (!centre) {
      return {
        ok: false,
        reply: fail('NOT_FOUND', { message: `No district ${query.origin.district}` }),
      };
    }
    return { ok: true, ...centre };
  }
  return { ok: true, ...query.origin };
}

function listPharmacies(request: Request): Answer {
  const parsed = pharmacyQueryFromSearch(new URL(request.url).searchParams);
  if (!parsed.ok) return fail('LOCATION_INVALID', { message: parsed.problem });
  const { query } = parsed;
  const origin = originOf(query);
  if (!origin.ok) return origin.reply;
  const atMs = now();
  const f = query.filters ?? {};
  const filter: PharmacyFilter = {
    outpatientPooling: f.outpatientPooling === true,
    acceptsVoucher: f.acceptsVoucher === true,
    ePrescription: f.ePrescription === true,
    dualChannel: f.dualChannel === true,
    delivery: f.delivery === true,
    open24h: f.open24h === true,
    // Open now in China time by the backend clock: the phone's zone and clock do not count.
    ...(f.openNow ? { openAtMinute: chinaMinuteOfDay(atMs) } : {}),
    ...(query.q ? { nameContains: query.q } : {}),
  };
  const limit = query.limit ?? PHARMACY_LIST_DEFAULT_LIMIT;
  // One more than asked tells whether the list was cut.
  const found = nearbyPharmacies({
    lat: origin.lat,
    lng: origin.lng,
    maxResults: limit + 1,
    maxDistanceKm: PHARMACY_LIST_RADIUS_KM,
    filter,
  });
  return ok(pharmacyListSchema, {
    origin: { lat: origin.lat, lng: origin.lng },
    asOfMs: atMs,
    items: found.slice(0, limit).map((n) => summaryOf(n, atMs)),
    truncated: found.length > limit,
  });
}

export const pharmacyHandlers = [
  route(pharmacyEndpoints.listPharmacyAreas, () =>
    ok(pharmacyAreasSchema, {
      cities: CITIES.map((city) => ({
        regionCode: city.regionCode,
        name: city.name,
        districts: city.districts.map((d) => ({
          code: d.code,
          name: d.name,
          lat: d.lat,
          lng: d.lng,
        })),
      })),
    }),
  ),
  route(pharmacyEndpoints.listPharmacies, ({ request }) => listPharmacies(request)),
  route(pharmacyEndpoints.getPharmacy, ({ params }) => {
    const pharmacy = pharmacyById(params.pharmacyId ?? '');
    if (!pharmacy) {
      return fail('NOT_FOUND', { message: `No pharmacy ${params.pharmacyId ?? ''}` });
    }
    return ok(pharmacyDetailSchema, detailOf(pharmacy, now()));
  }),
];
