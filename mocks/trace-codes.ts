import type { TraceCodeCheck, TraceCodeSale } from '@/api-contract/trace-codes';
import { maskInstitutionName } from '@/lib/mask';
import { now } from './clock';
import { randomHex } from './random';
import { drugByCode } from './reference/drugs';
import { pharmacyById } from './reference/pharmacies/generate';
import { institutionById, institutionsIn } from './settlement';
import type { StoreState, Tx } from './store/store';

/*
 * Drug traceability codes (docs/decisions/025). A box is sold when a settlement that dispensed it
 * stands: paid (handed over or not yet). A pending bill has sold nothing yet, a cancelled one
 * never did, and a refunded one gave the box back to the shelf, so none of those count. The
 * demo console adds sales of its own (`traceSales`), standing in for the same box billed again.
 */

type View = StoreState | Tx;

interface Sale {
  atMs: number;
  institutionId: string;
  drugCode: string;
  personId: string | null;
}

function salesOf(view: View, code: string): Sale[] {
  const sales: Sale[] = [];
  for (const s of view.settlements.all()) {
    if (s.status !== 'paid') continue;
    const item = s.items.find((i) => i.traceCodes.includes(code));
    if (item === undefined) continue;
    sales.push({
      atMs: s.dispensedAtMs ?? s.paidAtMs ?? s.createdAtMs,
      institutionId: s.institutionId,
      drugCode: item.drugCode,
      personId: s.personId,
    });
  }
  for (const extra of view.traceSales.where('code', code)) {
    sales.push({
      atMs: extra.atMs,
      institutionId: extra.institutionId,
      drugCode: extra.drugCode,
      personId: null,
    });
  }
  return sales.sort((a, b) => a.atMs - b.atMs);
}

function saleOut(sale: Sale, personId: string | null): TraceCodeSale {
  const institution = institutionById(sale.institutionId);
  const pharmacy = pharmacyById(sale.institutionId);
  return {
    atMs: sale.atMs,
    placeMasked: maskInstitutionName(institution?.name ?? ''),
    regionName: pharmacy
      ? `${pharmacy.cityName}${pharmacy.districtName}`
      : (institution?.regionName ?? ''),
    placeKind: institution?.kind ?? 'pharmacy',
    yours: personId !== null && sale.personId === personId,
  };
}

/** What the platform knows of a box: a code no settlement has is simply not sold yet. */
export function checkTraceCode(view: View, code: string, personId: string | null): TraceCodeCheck {
  const sales = salesOf(view, code);
  const first = sales[0];
  const drugName = first ? drugByCode(first.drugCode)?.name : undefined;
  return {
    code,
    status: sales.length === 0 ? 'never-sold' : sales.length === 1 ? 'sold-once' : 'sold-more',
    ...(drugName === undefined ? {} : { drugName }),
    sales: sales.map((sale) => saleOut(sale, personId)),
    asOfMs: now(),
  };
}

/**
 * The demo's "settle this box again": the box is sold once more, a minute from now on the demo
 * clock, at another pooling pharmacy of the first sale's region. Null when no sale stands.
 */
export function resellTraceCode(tx: Tx, code: string): TraceCodeSale | null {
  const sales = salesOf(tx, code);
  const last = sales.at(-1);
  if (last === undefined) return null;
  const region = institutionById(last.institutionId)?.regionCode ?? '';
  const used = new Set(sales.map((s) => s.institutionId));
  const other =
    institutionsIn(tx, region).find((i) => i.kind === 'pharmacy' && !used.has(i.id)) ??
    institutionsIn(tx, region).find((i) => i.kind === 'pharmacy');
  const sale: Sale = {
    atMs: Math.max(now(), last.atMs + 60_000),
    institutionId: other?.id ?? last.institutionId,
    drugCode: last.drugCode,
    personId: null,
  };
  tx.traceSales.insert({
    id: `trs-${randomHex(8)}`,
    code,
    drugCode: sale.drugCode,
    institutionId: sale.institutionId,
    atMs: sale.atMs,
  });
  return saleOut(sale, null);
}
