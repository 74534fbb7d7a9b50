import { pharmacyOriginFromSearch } from '@/api-contract/pharmacies';
import {
  prescriptionDetailSchema,
  prescriptionEndpoints,
  prescriptionListSchema,
  prescriptionPharmacyListSchema,
  PRESCRIPTION_PHARMACY_LIMIT,
  type PrescriptionDetail,
  type PrescriptionItem,
  type PrescriptionSummary,
} from '@/api-contract/prescriptions';
import { now } from '../clock';
import { fail, ok, type Answer } from '../http-utils';
import { drugByCode, eligibleForPharmacyPooling, type Drug } from '../reference/drugs';
import { pharmacyById, type Pharmacy } from '../reference/pharmacies/generate';
import { nearbyPharmacies } from '../reference/pharmacies/search';
import { stocksAllDrugs, type DrugRef } from '../reference/pharmacies/stock';
import { hashString, mix32 } from '../reference/random';
import { route } from '../route';
import { expiresAtMs, statusAt } from '../prescription-expiry';
import { billDelivery, deliveryBillOf, hasPending } from '../settlement';
import type { PrescriptionRecord } from '../store/records';
import type { Tx } from '../store/store';
import type { DeepReadonly } from '../store/table';
import { originOf, summaryOf } from './pharmacies';

/** Search radius for a prescription's pharmacies, km. */
const RADIUS_KM = 10;

type Rx = DeepReadonly<PrescriptionRecord>;

function drugOf(code: string): Drug {
  const drug = drugByCode(code);
  if (!drug) throw new Error(`prescription names an unknown drug ${code}`);
  return drug;
}

function itemsOf(rx: Rx): PrescriptionItem[] {
  return rx.items.map((item) => {
    const drug = drugOf(item.code);
    return {
      code: drug.code,
      name: drug.name,
      spec: drug.spec,
      quantity: item.quantity,
      unit: drug.unit,
      usage: item.usage,
      days: item.days,
      unitPriceFen: drug.unitPriceFen,
      amountFen: drug.unitPriceFen * item.quantity,
      catalogueClass: drug.catalogueClass,
      poolingEligible: eligibleForPharmacyPooling(drug),
      restricted: drug.restricted ?? null,
    };
  });
}

function summaryOfRx(rx: Rx, atMs: number): PrescriptionSummary {
  const items = itemsOf(rx);
  return {
    id: rx.id,
    status: statusAt(rx, atMs),
    hospitalName: rx.hospitalName,
    institutionLevel: rx.institutionLevel,
    department: rx.department,
    issuedAtMs: rx.issuedAtMs,
    validDays: rx.validDays,
    expiresAtMs: expiresAtMs(rx),
    kind: rx.kind,
    longTermWeeks: rx.longTermWeeks,
    itemCount: items.length,
    drugNames: items.map((item) => item.name),
    totalFen: items.reduce((sum, item) => sum + item.amountFen, 0),
    revokedReason: rx.revokedReason,
  };
}

function detailOfRx(view: Tx, rx: Rx, atMs: number): PrescriptionDetail {
  const d = rx.dispensing;
  return {
    ...summaryOfRx(rx, atMs),
    asOfMs: atMs,
    doctorName: rx.doctorName,
    diagnosis: rx.diagnosis,
    items: itemsOf(rx),
    dispensing: d
      ? {
          pharmacyId: d.pharmacyId,
          pharmacyName: pharmacyById(d.pharmacyId)?.name ?? d.pharmacyId,
          method: d.method,
          pickupCode: d.pickupCode,
          sentAtMs: d.sentAtMs,
          deliveryFeeFen: d.deliveryFeeFen,
          address: d.address ? { ...d.address } : null,
          bill: d.method === 'delivery' ? deliveryBillOf(view, rx.id, atMs) : null,
        }
      : null,
  };
}

/** The person's own prescription, or undefined (someone else's answers 404 too). */
function ownPrescription(tx: Tx, personId: string, id: string | undefined) {
  const rx = id === undefined ? undefined : tx.prescriptions.get(id);
  return rx?.personId === personId ? rx : undefined;
}

const notFound = (id: string | undefined): Answer =>
  fail('NOT_FOUND', { message: `No prescription ${id ?? ''}` });

/** What a pharmacy must stock: the drugs pharmacy pooling may dispense (not 毒、麻、精、放). */
function pharmacyDrugs(rx: Rx): DrugRef[] {
  return rx.items
    .map((item) => drugOf(item.code))
    .filter(eligibleForPharmacyPooling)
    .map((drug) => ({ code: drug.code, supply: drug.supply }));
}

/** The pharmacy's delivery fee: 5–10 元, the patient's to pay (never covered, §3). */
export function deliveryFeeFen(pharmacy: Pharmacy): number | null {
  return pharmacy.delivery ? 500 + (pharmacy.stockSeed % 6) * 100 : null;
}

function canFill(pharmacy: Pharmacy, rx: Rx): boolean {
  return pharmacy.outpatientPooling && stocksAllDrugs(pharmacy, pharmacyDrugs(rx));
}

/** 8 digits the pharmacist types or scans; derived, so a replayed send shows the same code. */
function pickupCode(rx: Rx, pharmacyId: string, atMs: number): string {
  const n = mix32(hashString(`${rx.id} ${pharmacyId}`), Math.floor(atMs / 1000)) % 100_000_000;
  return String(n).padStart(8, '0');
}

export const prescriptionHandlers = [
  route(prescriptionEndpoints.listPrescriptions, ({ tx, session }) => {
    const atMs = now();
    const items = tx.prescriptions
      .where('personId', session.personId)
      .map((rx) => summaryOfRx(rx, atMs))
      .sort((a, b) => b.issuedAtMs - a.issuedAtMs);
    return ok(prescriptionListSchema, { asOfMs: atMs, items });
  }),
  route(prescriptionEndpoints.getPrescription, ({ tx, session, params }) => {
    const rx = ownPrescription(tx, session.personId, params.prescriptionId);
    if (!rx) return notFound(params.prescriptionId);
    return ok(prescriptionDetailSchema, detailOfRx(tx, rx, now()));
  }),
  route(prescriptionEndpoints.listPrescriptionPharmacies, ({ tx, session, params, request }) => {
    const rx = ownPrescription(tx, session.personId, params.prescriptionId);
    if (!rx) return notFound(params.prescriptionId);
    // Only the place: the list's filters and limit are not this endpoint's parameters.
    const parsed = pharmacyOriginFromSearch(new URL(request.url).searchParams);
    if (!parsed.ok) return fail('LOCATION_INVALID', { message: parsed.problem });
    const origin = originOf({ origin: parsed.origin });
    if (!origin.ok) return origin.reply;
    const atMs = now();
    const found = nearbyPharmacies({
      lat: origin.lat,
      lng: origin.lng,
      maxResults: PRESCRIPTION_PHARMACY_LIMIT,
      maxDistanceKm: RADIUS_KM,
      filter: { outpatientPooling: true, stocksDrugs: pharmacyDrugs(rx) },
    });
    return ok(prescriptionPharmacyListSchema, {
      origin: { lat: origin.lat, lng: origin.lng },
      asOfMs: atMs,
      items: found.map((n) => ({
        ...summaryOf(n, atMs),
        deliveryFeeFen: deliveryFeeFen(n.pharmacy),
      })),
    });
  }),
  route(
    prescriptionEndpoints.sendPrescription,
    ({ tx, session, params, body }) => {
      const rx = ownPrescription(tx, session.personId, params.prescriptionId);
      if (!rx) return notFound(params.prescriptionId);
      const atMs = now();
      const status = statusAt(rx, atMs);
      if (status === 'expired') {
        return fail('PRESCRIPTION_EXPIRED', { message: 'The prescription has expired' });
      }
      if (status === 'revoked') {
        return fail('PRESCRIPTION_REVOKED', { message: 'The doctor revoked it' });
      }
      if (status !== 'to-collect') {
        return fail('PRESCRIPTION_ALREADY_SENT', { message: `It is ${status}` });
      }
      const pharmacy = pharmacyById(body.pharmacyId);
      if (!pharmacy) {
        return fail('NOT_FOUND', { message: `No pharmacy ${body.pharmacyId}` });
      }
      if (!canFill(pharmacy, rx) || (body.method === 'delivery' && !pharmacy.delivery)) {
        return fail('PHARMACY_CANNOT_FILL', {
          message: 'No pooling, a drug missing, or no delivery at this pharmacy',
        });
      }
      if (body.method === 'delivery' && body.address === undefined) {
        return fail('ADDRESS_INVALID', { message: 'Delivery needs an address' });
      }
      if (body.method === 'delivery' && hasPending(tx, session.personId)) {
        return fail('SETTLEMENT_PENDING', {
          message: 'Pay or withdraw the pending bill first',
        });
      }
      const updated = tx.prescriptions.update(rx.id, (current) => ({
        ...structuredClone(current as PrescriptionRecord),
        status: 'sent',
        dispensing: {
          pharmacyId: pharmacy.id,
          method: body.method,
          pickupCode: pickupCode(rx, pharmacy.id, atMs),
          sentAtMs: atMs,
          deliveryFeeFen: body.method === 'delivery' ? (deliveryFeeFen(pharmacy) ?? 0) : 0,
          address: body.method === 'delivery' && body.address ? { ...body.address } : null,
        },
      }));
      if (body.method === 'delivery') {
        // Delivery is paid in the app before dispatch (docs/decisions/022): billed at once. A
        // policy the bundled rules do not cover for pharmacy claims is paid on delivery instead.
        billDelivery(tx, updated, pharmacy.id, updated.dispensing?.deliveryFeeFen ?? 0);
      }
      return ok(prescriptionDetailSchema, detailOfRx(tx, updated, atMs));
    },
    {
      // A broken address is the person's to fix, with its own message; anything else is a bug.
      invalidBody: (_raw, issue) =>
        issue.includes('address')
          ? fail('ADDRESS_INVALID', { message: issue })
          : fail('BAD_REQUEST', { message: `The body breaks the schema: ${issue}` }),
    },
  ),
];
