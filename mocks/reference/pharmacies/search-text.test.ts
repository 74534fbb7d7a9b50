import { describe, expect, it } from 'vitest';
import { pharmacyListSchema, pharmacyQueryToSearch } from '@/api-contract/pharmacies';
import { callApi } from '../../test-utils';
import { nearbyPharmacies } from './search';

// Near 东街口, Fuzhou: the XSS-named shop ("…alert(1)…") is among the nearest.
const FUZHOU = { lat: 26.085, lng: 119.296 };

const idsFor = (nameContains: string) =>
  nearbyPharmacies({ ...FUZHOU, maxResults: 50, maxDistanceKm: 10, filter: { nameContains } }).map(
    (n) => n.pharmacy.id,
  );

describe('pharmacy name search, as a phone keyboard types it', () => {
  it.each([
    ['ａ', 'a'],
    ['Ａ', 'a'],
    ['A', 'a'],
    ['１', '1'],
    ['\u200B1', '1'],
    ['ＡＬＥＲＴ', 'alert'],
  ])('finds for %j what it finds for %j', (typed, plain) => {
    const expected = idsFor(plain);
    expect(expected.length).toBeGreaterThan(0);
    expect(idsFor(typed)).toEqual(expected);
  });

  it('answers a full-width query over HTTP as the plain one', async () => {
    const list = (q: string) =>
      callApi('GET', `/pharmacies?${pharmacyQueryToSearch({ origin: FUZHOU, q, limit: 50 })}`, {
        schema: pharmacyListSchema,
      });
    const plain = (await list('1')).data?.items.map((p) => p.id) ?? [];
    expect(plain.length).toBeGreaterThan(0);
    expect((await list('１')).data?.items.map((p) => p.id)).toEqual(plain);
  });
});
