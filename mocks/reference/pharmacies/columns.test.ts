import { describe, expect, it } from 'vitest';
import { pharmacyData, pharmacyAt, PHARMACY_COUNT } from './generate';
import type { Pharmacy } from './generate';
import { openStatusAt } from './hours';
import { buildPharmacyObjects } from './object-build.fixture';
import { indexPredicate, pharmacyPredicate, type PharmacyFilter } from './search';
import { stocksDrug, type DrugSupply } from './stock';

// The columns must be the object build in another layout (docs/decisions/017): same ids, names,
// coordinates, hours, flags and stock answers for every shop, so every saved id keeps its shop.
const objects = buildPharmacyObjects(PHARMACY_COUNT);
const data = pharmacyData.get();
const columnar: Pharmacy[] = Array.from({ length: data.count }, (_, i) => pharmacyAt(data, i));

/** The first few records where `differs` says something, to keep a failure readable. */
function differences(differs: (old: Pharmacy, now: Pharmacy) => string | undefined): string[] {
  const found: string[] = [];
  for (let i = 0; i < objects.length; i++) {
    const old = objects[i];
    const now = columnar[i];
    if (old === undefined || now === undefined) {
      found.push(`record ${i} missing`);
    } else {
      const message = differs(old, now);
      if (message !== undefined) found.push(`${old.id}: ${message}`);
    }
    if (found.length >= 5) break;
  }
  return found;
}

const DRUGS: readonly { code: string; supply: DrugSupply }[] = [
  { code: 'XA10BAM048A001010100811', supply: 'common' },
  { code: 'XC10AAA057A001010102345', supply: 'specialty' },
  { code: 'XA10BXS081A001010104410', supply: 'negotiated' },
];

describe('pharmacy columns', () => {
  it('materialise the same 100,000 pharmacies, field for field, as the object build', () => {
    expect(columnar).toHaveLength(objects.length);
    const fields = Object.keys(objects[0] ?? {}) as (keyof Pharmacy)[];
    expect(fields).toHaveLength(21);
    expect(
      differences((old, now) => {
        const keys = Object.keys(now);
        if (keys.length !== fields.length) return `fields ${keys.join(',')}`;
        const field = fields.find((f) => !Object.is(old[f], now[f]));
        return field === undefined ? undefined : `${field}: ${old[field]} → ${now[field]}`;
      }),
    ).toEqual([]);
  });

  it('give the same stock answers and opening status as the object build', () => {
    const minutes = [0, 90, 450, 600, 1260, 1350, 1439];
    expect(
      differences((old, now) => {
        for (const { code, supply } of DRUGS) {
          if (stocksDrug(old, code, supply) !== stocksDrug(now, code, supply)) return code;
        }
        const m = minutes.find((m) => openStatusAt(old, m) !== openStatusAt(now, m));
        return m === undefined ? undefined : `open status at minute ${m}`;
      }),
    ).toEqual([]);
  });

  it('filter on the columns exactly as on the old objects', () => {
    const filters: PharmacyFilter[] = [
      {},
      { outpatientPooling: true, openAtMinute: 600 },
      { dualChannel: true, delivery: true, acceptsVoucher: true },
      { ePrescription: true, open24h: true, openAtMinute: 30 },
      { nameContains: '大参林' },
      { nameContains: '3号店)', regionCode: '350100' },
      { nameContains: '<img' },
      { stocksDrugs: DRUGS, openAtMinute: 1500 % 1440 },
      { outpatientPooling: true, stocksDrugs: [DRUGS[0] ?? { code: '' }] },
    ];
    for (const filter of filters) {
      const onObjects = pharmacyPredicate(filter);
      const onColumns = indexPredicate(data, filter);
      let kept = 0;
      const disagree: number[] = [];
      for (let i = 0; i < objects.length; i++) {
        const old = objects[i];
        if (old === undefined) continue;
        const expected = onObjects(old);
        if (expected) kept++;
        if (onColumns(i) !== expected && disagree.push(i) >= 5) break;
      }
      expect({ filter, disagree }).toEqual({ filter, disagree: [] });
      // A filter that keeps nothing (or everything but should not) would prove little.
      expect(kept).toBeGreaterThan(0);
    }
  });

  it('keep the whole dataset, spatial index included, within 8 MB of typed arrays', () => {
    const columnBytes = Object.values(data.columns).reduce((sum, c) => sum + c.byteLength, 0);
    const indexBytes = data.spatialIndex.data.byteLength;
    expect(columnBytes + indexBytes).toBeLessThanOrEqual(8 * 1024 * 1024);
    // No column per record beyond the eleven of 4 bytes or less: 32 bytes a shop at most.
    expect(columnBytes / PHARMACY_COUNT).toBeLessThanOrEqual(32);
  });
});
