import { describe, expect, it } from 'vitest';
import {
  pharmacyAreasSchema,
  pharmacyDetailSchema,
  pharmacyListSchema,
  pharmacyQueryToSearch,
  PHARMACY_FILTERS,
  type PharmacyFilterName,
  type PharmacyListQuery,
} from '@/api-contract/pharmacies';
import { installManualClock } from '../clock';
import { pharmacyById, XSS_PHARMACY_ID, XSS_PHARMACY_NAME } from '../reference/pharmacies/generate';
import { callApi } from '../test-utils';

// Near 东街口, Fuzhou: the e2e tests' location too.
const FUZHOU = { lat: 26.085, lng: 119.296 };
// 23:30 China time.
const LATE_EVENING_MS = Date.parse('2026-11-24T23:30:00+08:00');

const list = (query: PharmacyListQuery) =>
  callApi('GET', `/pharmacies?${pharmacyQueryToSearch(query)}`, { schema: pharmacyListSchema });

describe('GET /api/pharmacies', () => {
  it('lists pharmacies nearest first with distance, walking minutes and the 15-minute badge', async () => {
    const result = await list({ origin: FUZHOU, limit: 300 });
    expect(result.status).toBe(200);
    const items = result.data?.items ?? [];
    expect(items).toHaveLength(300);
    expect(result.data?.truncated).toBe(true);
    const distances = items.map((p) => p.distanceM);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const p of items) {
      expect(p.walkingMinutes).toBe(Math.ceil(p.distanceM / 80));
      expect(p.withinServiceCircle).toBe(p.distanceM <= 1200);
    }
    expect(items.some((p) => p.withinServiceCircle)).toBe(true);
  });

  it('returns thousands by default, for a long scroll', async () => {
    const result = await list({ origin: FUZHOU });
    expect(result.data?.items.length).toBe(2000);
  });

  it.each(PHARMACY_FILTERS.filter((f) => f !== 'openNow'))(
    'narrows to pharmacies with %s',
    async (name) => {
      const all = (await list({ origin: FUZHOU, limit: 500 })).data?.items ?? [];
      const service = name as Exclude<PharmacyFilterName, 'openNow'>;
      const filtered =
        (await list({ origin: FUZHOU, limit: 500, filters: { [name]: true } })).data?.items ?? [];
      expect(filtered.length).toBeGreaterThan(0);
      for (const p of filtered) expect(p.services[service]).toBe(true);
      // The nearest matching ones of the unfiltered list are the filtered list's first ones.
      const expected = all.filter((p) => p.services[service]).map((p) => p.id);
      expect(filtered.slice(0, expected.length).map((p) => p.id)).toEqual(expected);
    },
  );

  it('filters open now by the backend clock in China time', async () => {
    installManualClock(LATE_EVENING_MS);
    const open = (await list({ origin: FUZHOU, limit: 200, filters: { openNow: true } })).data;
    expect(open?.items.length).toBeGreaterThan(0);
    for (const p of open?.items ?? []) expect(p.openStatus).toBe('open');
    // At 23:30 only 24-hour and overnight shops are open.
    for (const p of open?.items ?? []) {
      const shop = pharmacyById(p.id);
      expect(shop?.open24h || (shop?.closesAtMin ?? 0) > 1440).toBe(true);
    }
  });

  it('searches by name and says when nothing matches', async () => {
    const found = (await list({ origin: FUZHOU, q: '鹭燕' })).data?.items ?? [];
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p.name).toContain('鹭燕');
    const none = await list({ origin: FUZHOU, q: '不存在的药房名' });
    expect(none.status).toBe(200);
    expect(none.data?.items).toEqual([]);
  });

  it('measures from a district centre when no location is shared', async () => {
    const result = await list({ origin: { district: '350102' }, limit: 5 });
    expect(result.data?.origin).toEqual({ lat: 26.08, lng: 119.3 });
    expect(result.data?.items).toHaveLength(5);
    expect((await list({ origin: { district: '999999' } })).status).toBe(404);
  });

  it('refuses a request without a place or with nonsense', async () => {
    for (const search of ['', 'lat=26', 'lat=x&lng=119', 'lat=91&lng=0', 'district=abc']) {
      const result = await callApi('GET', `/pharmacies?${search}`, { schema: pharmacyListSchema });
      expect(result.status).toBe(400);
      expect(result.error?.code).toBe('LOCATION_INVALID');
    }
    const tooMany = await callApi('GET', '/pharmacies?lat=26&lng=119&limit=3001', {
      schema: pharmacyListSchema,
    });
    expect(tooMany.status).toBe(400);
  });

  it('names the parameter that is malformed or out of range, with its range', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['lat=91&lng=0', 'lat', /"91".*-90 to 90/],
      ['lat=-90.5&lng=0', 'lat', /-90 to 90/],
      ['lat=26&lng=181', 'lng', /"181".*-180 to 180/],
      ['lat=&lng=119', 'lat', /not a number/],
      ['lat=0x1A&lng=119', 'lat', /not a number/],
      ['lat=26&lng=119&limit=0', 'limit', /"0".*1 to 3000/],
      ['limit=0', 'limit', /"0".*1 to 3000/],
      ['lat=26', 'lng', /required/],
      ['district=35010', 'district', /6-digit/],
      // With a district the coordinates are ignored, but not when they are nonsense.
      ['district=350102&lat=91&lng=0', 'lat', /-90 to 90/],
    ];
    for (const [search, parameter, range] of cases) {
      const result = await callApi('GET', `/pharmacies?${search}`, { schema: pharmacyListSchema });
      expect(result.status, search).toBe(400);
      expect(result.error?.code, search).toBe('LOCATION_INVALID');
      expect(result.error?.message, search).toMatch(new RegExp(`^${parameter}:`));
      expect(result.error?.message, search).toMatch(range);
    }
  });

  it('measures from the district when lat and lng come too, as the document says', async () => {
    const both = await callApi('GET', '/pharmacies?district=350102&lat=29.56&lng=106.55&limit=5', {
      schema: pharmacyListSchema,
    });
    expect(both.status).toBe(200);
    expect(both.data?.origin).toEqual({ lat: 26.08, lng: 119.3 });
  });

  it('keeps the XSS-named shop as plain data', async () => {
    const items = (await list({ origin: FUZHOU, limit: 10 })).data?.items ?? [];
    expect(items.find((p) => p.id === XSS_PHARMACY_ID)?.name).toBe(XSS_PHARMACY_NAME);
  });
});

describe('GET /api/pharmacies/{id}', () => {
  it('answers the detail with hours and open now at 23:30 China time', async () => {
    installManualClock(LATE_EVENING_MS);
    const get = (id: string) =>
      callApi('GET', `/pharmacies/${id}`, { schema: pharmacyDetailSchema });
    const day = (await get('ph-092988')).data;
    expect(day?.hours).toEqual({ kind: 'daily', opensAtMin: 510, closesAtMin: 1200 });
    expect(day?.openStatus).toBe('closed');
    const overnight = (await get('ph-067202')).data;
    expect(overnight?.hours.closesAtMin).toBe(1560);
    expect(overnight?.openStatus).toBe('open');
    const allDay = (await get('ph-025729')).data;
    expect(allDay?.hours.kind).toBe('24h');
    expect(allDay?.openStatus).toBe('open');
    const unknown = (await get('ph-018735')).data;
    expect(unknown?.hours.kind).toBe('unpublished');
    expect(unknown?.openStatus).toBe('unknown');
  });

  it('answers 404 for an id that does not exist', async () => {
    for (const id of ['ph-999999', 'nope', 'ph-000000']) {
      const result = await callApi('GET', `/pharmacies/${id}`, { schema: pharmacyDetailSchema });
      expect(result.status).toBe(404);
      expect(result.error?.code).toBe('NOT_FOUND');
    }
  });
});

describe('GET /api/pharmacy-areas', () => {
  it('lists the three regions with their districts', async () => {
    const result = await callApi('GET', '/pharmacy-areas', { schema: pharmacyAreasSchema });
    expect(result.data?.cities.map((c) => c.name)).toEqual(['重庆市', '福州市', '太原市']);
    expect(result.data?.cities[1]?.districts.some((d) => d.code === '350102')).toBe(true);
  });
});
