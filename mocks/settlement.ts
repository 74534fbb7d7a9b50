import { CHINA_UTC_OFFSET_MS, chinaDateOf } from '@/rules/dates';
import type {
  CounterPrescription,
  CounterVisit,
  Institution,
  PaymentChannel,
  PaymentOutcome,
  Settlement,
  SettlementStep,
  SettleRequest,
} from '@/api-contract/settlement';
import { MAX_LINE_QUANTITY } from '@/api-contract/settlement';
import { maskIdNumber, maskName } from '@/lib/mask';
import {
  isRulesInputError,
  RULES_ERROR,
  splitBill,
  type BillSplit,
  type TraceStep,
  type YearSoFar,
} from '@/rules';
import { now } from './clock';
import { balanceFen, billedToAccountFen } from './family-ledger';
import type { DomainError, Outcome } from './domain-error';
import { fail } from './http-utils';
import { newRandomId } from './ids';
import { randomDigits6, randomHex } from './random';
import { drugByCode, eligibleForPharmacyPooling } from './reference/drugs';
import { hospitalById, HOSPITALS } from './reference/hospitals';
import { pharmacyById } from './reference/pharmacies/generate';
import { nearbyPharmacies } from './reference/pharmacies/search';
import { stocksDrug } from './reference/pharmacies/stock';
import { expiresAtMs } from './prescription-expiry';
import type {
  CounterVisitRecord,
  LedgerEntryRecord,
  PrescriptionRecord,
  SettlementRecord,
} from './store/records';
import type { StoreState, Tx } from './store/store';
import type { DeepReadonly } from './store/table';

/*
 * Settlement at the counter and payment from the phone (docs/decisions/022). Every function runs
 * inside the caller's transaction. The split is `splitBill` of the rules module, run on the bill
 * and the person's year so far (their pending and paid settlements of the calendar year), so the
 * counter settles exactly what the estimator says. Money is in the ledger (the personal account's
 * entries, each with its `medical` twin) and in the settlement's legs (fund, account, mobile);
 * a refund writes reversing entries, never deletes.
 */

type View = StoreState | Tx;

/** A stored record as a plain one to write back changed (stored records are frozen). */
const thawSettlement = (s: DeepReadonly<SettlementRecord>) =>
  structuredClone(s) as SettlementRecord;
const thawRx = (rx: DeepReadonly<PrescriptionRecord>) => structuredClone(rx) as PrescriptionRecord;
const thawVisit = (v: DeepReadonly<CounterVisitRecord>) => structuredClone(v) as CounterVisitRecord;
// The settlement domain's refusals carry their code only; the route layer gives the status.
type Result<T> = Outcome<T>;
const no = (error: DomainError): { ok: false; error: DomainError } => ({ ok: false, error });

/** A scanned code opens a visit this long: one person at the counter. */
export const VISIT_MS = 30 * 60_000;
/** Delivery: dispatched this long after payment, delivered this long after dispatch (demo clock). */
export const DISPATCH_AFTER_MS = 10 * 60_000;
export const DELIVERED_AFTER_MS = 40 * 60_000;
/** Prices above this many times the platform price are typing mistakes, not prices. */
const MAX_PRICE_MULTIPLE = 10;

const DAY_MS = 86_400_000;

/** The end of the China-time day of an instant: a refund is taken until then. */
export function endOfChinaDay(ms: number): number {
  return Math.floor((ms + CHINA_UTC_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - CHINA_UTC_OFFSET_MS;
}

// --- Institutions ------------------------------------------------------------------------------

export function institutionById(id: string): Institution | undefined {
  const hospital = hospitalById(id);
  if (hospital) {
    return {
      id: hospital.id,
      kind: 'hospital',
      name: hospital.name,
      level: hospital.level,
      regionCode: hospital.regionCode,
      regionName: hospital.regionName,
    };
  }
  const pharmacy = pharmacyById(id);
  if (pharmacy === undefined || !pharmacy.outpatientPooling) return undefined;
  return {
    id: pharmacy.id,
    kind: 'pharmacy',
    name: pharmacy.name,
    level: null,
    regionCode: pharmacy.regionCode,
    regionName: pharmacy.cityName,
  };
}

const REGION_CENTRES: Readonly<Record<string, { lat: number; lng: number }>> = {
  '500000': { lat: 29.5647, lng: 106.5507 },
  '350100': { lat: 26.0745, lng: 119.2965 },
  '140100': { lat: 37.8706, lng: 112.5489 },
};

/**
 * What the demo counter can play in a region: its hospitals, the pharmacies prescriptions were
 * sent to, then pooling pharmacies near the city centre.
 */
export function institutionsIn(view: View, regionCode: string): Institution[] {
  const list: Institution[] = HOSPITALS.filter((h) => h.regionCode === regionCode).flatMap((h) => {
    const institution = institutionById(h.id);
    return institution ? [institution] : [];
  });
  const seen = new Set<string>();
  const add = (id: string) => {
    if (seen.has(id)) return;
    const institution = institutionById(id);
    if (institution?.regionCode !== regionCode) return;
    seen.add(id);
    list.push(institution);
  };
  const sent = view.prescriptions
    .all()
    .filter((rx) => rx.status === 'sent' && rx.dispensing !== null)
    .sort((a, b) => (b.dispensing?.sentAtMs ?? 0) - (a.dispensing?.sentAtMs ?? 0));
  for (const rx of sent) if (rx.dispensing) add(rx.dispensing.pharmacyId);
  const centre = REGION_CENTRES[regionCode];
  if (centre) {
    for (const { pharmacy } of nearbyPharmacies({
      ...centre,
      maxResults: 10,
      filter: { outpatientPooling: true },
    })) {
      add(pharmacy.id);
    }
  }
  return list;
}

// --- The year so far and the account ---------------------------------------------------------

/** Settlements that stand for the year: paid, or pending (billed and not withdrawn). */
function standing(view: View, personId: string): DeepReadonly<SettlementRecord>[] {
  return view.settlements
    .where('personId', personId)
    .filter((s) => s.status === 'paid' || s.status === 'pending');
}

/** What the person's standing settlements of `year` used of its deductible and cap. */
export function yearSoFar(view: View, personId: string, year: number): YearSoFar {
  let deductibleUsedFen = 0;
  let poolPaidFen = 0;
  for (const s of standing(view, personId)) {
    if (Number(s.claimDate.slice(0, 4)) !== year) continue;
    deductibleUsedFen += s.split.deductibleAppliedFen;
    poolPaidFen += s.split.poolFen;
  }
  return { year, deductibleUsedFen, poolPaidFen };
}

/** The personal account less what a pending settlement has been billed for. */
export function spendableFen(view: View, personId: string): number {
  return balanceFen(view, personId, 'personal') - billedToAccountFen(view, personId);
}

// --- Out ---------------------------------------------------------------------------------------

function stepOut(step: TraceStep): SettlementStep {
  return {
    ruleId: step.rule.id,
    messageKey: step.messageKey,
    params: { ...step.params },
    source: { doc: step.rule.source.doc, clause: step.rule.source.clause },
    basis: step.rule.basis,
    inForceFrom: step.rule.inForceFrom ?? null,
    beforeFen: step.beforeFen,
    afterFen: step.afterFen,
    remainingBeforeFen: step.remainingBeforeFen,
    remainingAfterFen: step.remainingAfterFen,
  };
}

function institutionOf(id: string): Institution {
  const institution = institutionById(id);
  if (!institution) throw new Error(`settlement names an unknown institution ${id}`);
  return institution;
}

function deliveryOf(record: DeepReadonly<SettlementRecord>, atMs: number): Settlement['delivery'] {
  if (record.channel !== 'delivery') return null;
  if (record.paidAtMs === null || record.status !== 'paid') {
    return { status: 'awaiting-payment', dispatchedAtMs: null, deliveredAtMs: null };
  }
  const dispatchedAtMs = record.paidAtMs + DISPATCH_AFTER_MS;
  const deliveredAtMs = dispatchedAtMs + DELIVERED_AFTER_MS;
  if (atMs < dispatchedAtMs) return { status: 'paid', dispatchedAtMs: null, deliveredAtMs: null };
  if (atMs < deliveredAtMs) return { status: 'dispatched', dispatchedAtMs, deliveredAtMs: null };
  return { status: 'delivered', dispatchedAtMs, deliveredAtMs };
}

/**
 * A delivery's bill as its prescription shows it: the newest one billed for it (a withdrawn bill
 * stays on record, a new send bills again), or null when it was never billed for delivery.
 */
export function deliveryBillOf(
  view: View,
  prescriptionId: string,
  atMs: number,
): {
  settlementId: string;
  status: Settlement['status'];
  delivery: NonNullable<Settlement['delivery']>['status'];
} | null {
  const bills = view.settlements
    .where('prescriptionId', prescriptionId)
    .filter((s) => s.channel === 'delivery');
  const newest = bills.reduce<(typeof bills)[number] | null>(
    (a, b) => (a === null || b.createdAtMs > a.createdAtMs ? b : a),
    null,
  );
  if (newest === null) return null;
  const delivery = deliveryOf(newest, atMs);
  return {
    settlementId: newest.id,
    status: newest.status,
    delivery: delivery?.status ?? 'awaiting-payment',
  };
}

export function settlementOut(view: View, record: DeepReadonly<SettlementRecord>): Settlement {
  const atMs = now();
  const person = view.persons.get(record.personId);
  const split = splitOf(record);
  const legs = view.settlementLegs.where('settlementId', record.id);
  const paidLegs = legs.filter((l) => l.amountFen > 0);
  const legFen = (payer: 'account' | 'mobile') =>
    paidLegs.filter((l) => l.payer === payer).reduce((sum, l) => sum + l.amountFen, 0);
  return {
    id: record.id,
    settlementNo: record.settlementNo,
    status: record.status,
    institution: institutionOf(record.institutionId),
    channel: record.channel,
    prescriptionId: record.prescriptionId,
    holderName: maskName(person?.name ?? ''),
    claimDate: record.claimDate,
    createdAtMs: record.createdAtMs,
    items: record.items.map((item, i) => {
      const drug = drugByCode(item.drugCode);
      const line = split.lines[i];
      return {
        drugCode: item.drugCode,
        name: drug?.name ?? item.drugCode,
        spec: drug?.spec ?? '',
        catalogueClass: drug?.catalogueClass ?? '乙',
        quantity: item.quantity,
        unit: drug?.unit ?? '',
        unitPriceFen: item.unitPriceFen,
        platformPriceFen: item.platformPriceFen,
        amountFen: line?.amountFen ?? item.quantity * item.unitPriceFen,
        inScopeFen: line?.inScopeFen ?? 0,
        cashFen: line?.cashFen ?? 0,
        cashReason: line?.cashReason ?? null,
        traceCodes: [...item.traceCodes],
      };
    }),
    deliveryFeeFen: record.deliveryFeeFen,
    totalFen: record.split.totalFen,
    policyRangeFen: record.split.policyRangeFen,
    fundFen: record.split.fundFen,
    accountFen: record.split.accountFen,
    cashFen: record.split.cashFen,
    outsideClaim: split.outsideClaim,
    accountShort: record.split.accountShort,
    policyId: record.policyId,
    claimKind: record.split.claimKind,
    trace: record.split.trace as SettlementStep[],
    yearBefore: { ...record.yearBefore },
    payment:
      record.paidAtMs === null
        ? null
        : {
            paidAtMs: record.paidAtMs,
            accountFen: legFen('account'),
            mobileFen: legFen('mobile'),
            channel: record.payChannel,
          },
    lastPaymentProblem: record.lastPaymentProblem,
    cancelledAtMs: record.cancelledAtMs,
    refundedAtMs: record.refundedAtMs,
    refundableUntilMs:
      record.status === 'paid' && record.paidAtMs !== null
        ? endOfChinaDay(record.createdAtMs)
        : null,
    dispensedAtMs: record.dispensedAtMs,
    delivery: deliveryOf(record, atMs),
    asOfMs: atMs,
  };
}

/** The lines and outside-claim parts, recomputed from the stored bill (pure, so the same). */
function splitOf(
  record: DeepReadonly<SettlementRecord>,
): Pick<BillSplit, 'lines' | 'outsideClaim'> {
  const lines = record.items.map((item) => {
    const amountFen = item.quantity * item.unitPriceFen;
    if (!item.pooled) {
      return { amountFen, inScopeFen: 0, cashFen: amountFen, cashReason: 'not-pooled' as const };
    }
    const inScopeFen = item.quantity * Math.min(item.unitPriceFen, item.platformPriceFen);
    const cashFen = amountFen - inScopeFen;
    return {
      amountFen,
      inScopeFen,
      cashFen,
      cashReason: cashFen > 0 ? ('above-platform-price' as const) : null,
    };
  });
  const sum = (reason: 'not-pooled' | 'above-platform-price') =>
    lines.filter((l) => l.cashReason === reason).reduce((s, l) => s + l.cashFen, 0);
  const outsideClaim = [
    { reason: 'not-pooled' as const, amountFen: sum('not-pooled') },
    { reason: 'above-platform-price' as const, amountFen: sum('above-platform-price') },
    { reason: 'delivery-fee' as const, amountFen: record.deliveryFeeFen },
  ].filter((p) => p.amountFen > 0);
  return { lines, outsideClaim };
}

// --- Visits ------------------------------------------------------------------------------------

type Rx = DeepReadonly<PrescriptionRecord>;

function rxStatus(rx: Rx, atMs: number): CounterPrescription['status'] | null {
  if (rx.status === 'revoked') return 'revoked';
  if (rx.status === 'collected') return 'collected';
  if (rx.status !== 'sent') return null;
  return atMs >= expiresAtMs(rx) ? 'expired' : 'sent';
}

function counterPrescriptionOut(
  rx: Rx,
  visit: DeepReadonly<CounterVisitRecord>,
  atMs: number,
): CounterPrescription | null {
  const status = rxStatus(rx, atMs);
  const pharmacy = pharmacyById(visit.institutionId);
  if (status === null || rx.dispensing === null || pharmacy === undefined) return null;
  const review = [...visit.reviews].reverse().find((r) => r.prescriptionId === rx.id);
  return {
    id: rx.id,
    hospitalName: rx.hospitalName,
    institutionLevel: rx.institutionLevel,
    issuedAtMs: rx.issuedAtMs,
    expiresAtMs: expiresAtMs(rx),
    status,
    method: rx.dispensing.method,
    items: rx.items.map((item) => {
      const drug = drugByCode(item.code);
      return {
        drugCode: item.code,
        name: drug?.name ?? item.code,
        spec: drug?.spec ?? '',
        catalogueClass: drug?.catalogueClass ?? '乙',
        quantity: item.quantity,
        unit: drug?.unit ?? '',
        platformPriceFen: drug?.unitPriceFen ?? 0,
        pooled: drug ? eligibleForPharmacyPooling(drug) : false,
        inStock: drug ? stocksDrug(pharmacy, drug.code, drug.supply) : false,
      };
    }),
    review: review ? { decision: review.decision, reason: review.reason } : null,
  };
}

export function visitOut(view: View, visit: DeepReadonly<CounterVisitRecord>): CounterVisit {
  const person = view.persons.get(visit.personId);
  if (person === undefined) throw new Error(`visit of an unknown person ${visit.personId}`);
  const atMs = now();
  const institution = institutionOf(visit.institutionId);
  const prescriptions =
    institution.kind !== 'pharmacy'
      ? []
      : view.prescriptions
          .where('personId', visit.personId)
          .filter((rx) => rx.dispensing?.pharmacyId === visit.institutionId)
          .sort((a, b) => b.issuedAtMs - a.issuedAtMs)
          .flatMap((rx) => {
            const out = counterPrescriptionOut(rx, visit, atMs);
            return out ? [out] : [];
          });
  return {
    id: visit.id,
    institution,
    holder: {
      name: maskName(person.name),
      idNumber: maskIdNumber(person.idNumber),
      regionName: person.insurance.regionName,
      scheme: person.insurance.scheme,
      status: person.insurance.status,
    },
    openedAtMs: visit.openedAtMs,
    expiresAtMs: visit.expiresAtMs,
    prescriptions,
    settlements: view.settlements
      .where('personId', visit.personId)
      .filter((s) => s.visitId === visit.id)
      .sort((a, b) => b.createdAtMs - a.createdAtMs)
      .map((s) => settlementOut(view, s)),
  };
}

/** The visit, while it lasts. */
export function liveVisit(
  view: View,
  visitId: string,
): DeepReadonly<CounterVisitRecord> | undefined {
  const visit = view.counterVisits.get(visitId);
  if (visit === undefined || now() >= visit.expiresAtMs) return undefined;
  return visit;
}

/** Uses the code up (the voucher's own verify rules) and opens a visit at the institution. */
export function openVisit(
  tx: Tx,
  institutionId: string,
  ecToken: string,
): Result<DeepReadonly<CounterVisitRecord>> {
  const institution = institutionById(institutionId);
  if (institution === undefined) {
    return no(fail('NOT_FOUND', { message: 'No such institution' }));
  }
  const token = tx.voucherTokens.get(ecToken);
  if (token === undefined) return no(fail('NOT_FOUND', { message: 'No such code' }));
  if (token.usedAtMs !== null) return no(fail('VOUCHER_TOKEN_USED'));
  const atMs = now();
  if (atMs >= token.expiresAtMs) return no(fail('VOUCHER_TOKEN_EXPIRED'));
  if (token.memberId !== null) return no(fail('COUNTER_HOLDER_UNSUPPORTED'));
  if (!tx.persons.has(token.personId)) {
    return no(fail('NOT_FOUND', { message: 'The holder is gone' }));
  }
  tx.voucherTokens.update(token.id, (t) => ({ ...t, usedAtMs: atMs }));
  const visit: CounterVisitRecord = {
    id: newRandomId('counterVisit'),
    institutionId,
    personId: token.personId,
    openedAtMs: atMs,
    expiresAtMs: atMs + VISIT_MS,
    reviews: [],
  };
  tx.counterVisits.insert(visit);
  return { ok: true, value: visit };
}

/** Why a prescription cannot be reviewed or billed at this visit, or null. */
function prescriptionProblem(
  tx: Tx,
  visit: DeepReadonly<CounterVisitRecord>,
  rx: Rx | undefined,
): DomainError | null {
  if (rx === undefined || rx.personId !== visit.personId) {
    return fail('NOT_FOUND', { message: 'No such prescription for this person' });
  }
  if (rx.dispensing?.pharmacyId !== visit.institutionId) {
    return fail('PRESCRIPTION_OTHER_PHARMACY');
  }
  if (rx.status === 'revoked') return fail('PRESCRIPTION_REVOKED');
  const settled = tx.settlements
    .where('prescriptionId', rx.id)
    .some((s) => s.status === 'paid' || s.status === 'pending');
  if (rx.status === 'collected' || settled) return fail('PRESCRIPTION_ALREADY_SETTLED');
  if (now() >= expiresAtMs(rx)) return fail('PRESCRIPTION_EXPIRED');
  return null;
}

export function review(
  tx: Tx,
  visit: DeepReadonly<CounterVisitRecord>,
  body: { prescriptionId: string; decision: 'approved' | 'refused'; reason?: string | undefined },
): Result<null> {
  const rx = tx.prescriptions.get(body.prescriptionId);
  const problem = prescriptionProblem(tx, visit, rx);
  if (problem) return no(problem);
  const reason = body.reason?.trim() ?? '';
  if (body.decision === 'refused' && reason === '') return no(fail('REVIEW_REASON_REQUIRED'));
  tx.counterVisits.update(visit.id, (v) => ({
    ...thawVisit(v),
    reviews: [
      ...v.reviews,
      {
        prescriptionId: body.prescriptionId,
        decision: body.decision,
        reason: body.decision === 'refused' ? reason : null,
        atMs: now(),
      },
    ],
  }));
  return { ok: true, value: null };
}

// --- Billing -----------------------------------------------------------------------------------

function traceCode(drugCode: string): string {
  // The first digits name the product as on a real box; the rest is the box's own serial.
  const product = String(
    Number.parseInt(drugCode.replace(/\D/g, '').slice(0, 6) || '0', 10) % 10_000_000,
  ).padStart(7, '0');
  return `8${product}${randomDigits6()}${randomDigits6()}`;
}

interface BillInput {
  personId: string;
  institutionId: string;
  visitId: string | null;
  channel: 'counter' | 'delivery';
  prescriptionId: string | null;
  setting: 'pharmacy' | 'outpatient';
  institutionLevel: 1 | 2 | 3;
  items: {
    drugCode: string;
    quantity: number;
    unitPriceFen: number;
    platformPriceFen: number;
    pooled: boolean;
  }[];
  deliveryFeeFen: number;
}

function memberOf(view: View, personId: string) {
  const person = view.persons.get(personId);
  if (person === undefined) throw new Error(`no person ${personId}`);
  return { status: person.insurance.status, enrolment: person.insurance.enrolment };
}

export function hasPending(view: View, personId: string): boolean {
  return view.settlements.where('personId', personId).some((s) => s.status === 'pending');
}

function split(
  view: View,
  bill: Omit<BillInput, 'items'> & { items: readonly BillInput['items'][number][] },
  claimDate: string,
  claimId: string,
  balanceAvailableFen: number,
): Result<{ split: BillSplit; policyId: string; yearBefore: YearSoFar }> {
  const person = view.persons.get(bill.personId);
  if (person === undefined) throw new Error(`no person ${bill.personId}`);
  const { policyId } = person.insurance;
  if (policyId === null) return no(fail('SETTLEMENT_NOT_COVERED'));
  const yearBefore = yearSoFar(view, bill.personId, Number(claimDate.slice(0, 4)));
  try {
    const result = splitBill({
      claimId,
      policyId,
      member: { status: person.insurance.status, enrolment: person.insurance.enrolment },
      balanceFen: Math.max(0, balanceAvailableFen),
      yearSoFar: yearBefore,
      date: claimDate,
      setting: bill.setting,
      institutionLevel: bill.institutionLevel,
      lines: bill.items.map((item) => ({
        quantity: item.quantity,
        unitPriceFen: item.unitPriceFen,
        platformPriceFen: item.platformPriceFen,
        pooled: item.pooled,
      })),
      deliveryFeeFen: bill.deliveryFeeFen,
    });
    return { ok: true, value: { split: result, policyId, yearBefore } };
  } catch (error) {
    if (
      isRulesInputError(error) &&
      (error.code === RULES_ERROR.kindNotCovered ||
        error.code === RULES_ERROR.dateBeforePolicy ||
        error.code === RULES_ERROR.dateAfterPolicy)
    ) {
      return no(fail('SETTLEMENT_NOT_COVERED'));
    }
    throw error;
  }
}

function splitRecord(result: BillSplit, yearBefore: YearSoFar): SettlementRecord['split'] {
  const shareFen = result.claim.policyRangeFen - result.claim.fundFen;
  return {
    totalFen: result.totalFen,
    policyRangeFen: result.policyRangeFen,
    fundFen: result.fundFen,
    accountFen: result.accountFen,
    cashFen: result.cashFen,
    claimKind: result.kind,
    accountShort: result.claim.accountFen < shareFen,
    deductibleAppliedFen: result.year.deductibleUsedFen - yearBefore.deductibleUsedFen,
    poolFen: result.claim.poolFen,
    trace: result.claim.trace.map(stepOut),
  };
}

function settlementNo(atMs: number): string {
  return `JS${chinaDateOf(atMs).replaceAll('-', '')}${randomDigits6()}${randomDigits6().slice(0, 2)}`;
}

/** Bills the person: one pending settlement, the split made from their year so far. */
export function bill(tx: Tx, input: BillInput): Result<DeepReadonly<SettlementRecord>> {
  if (hasPending(tx, input.personId)) return no(fail('SETTLEMENT_PENDING'));
  const atMs = now();
  const claimDate = chinaDateOf(atMs);
  const id = newRandomId('settlement');
  const made = split(tx, input, claimDate, id, spendableFen(tx, input.personId));
  if (!made.ok) return made;
  const { split: result, policyId, yearBefore } = made.value;
  const record: SettlementRecord = {
    id,
    settlementNo: settlementNo(atMs),
    personId: input.personId,
    visitId: input.visitId,
    institutionId: input.institutionId,
    channel: input.channel,
    prescriptionId: input.prescriptionId,
    claimDate,
    createdAtMs: atMs,
    setting: input.setting,
    institutionLevel: input.institutionLevel,
    items: input.items.map((item) => ({
      ...item,
      traceCodes: Array.from({ length: Math.min(item.quantity, MAX_LINE_QUANTITY) }, () =>
        traceCode(item.drugCode),
      ),
    })),
    deliveryFeeFen: input.deliveryFeeFen,
    policyId,
    split: splitRecord(result, yearBefore),
    yearBefore: { ...yearBefore },
    status: 'pending',
    paidAtMs: null,
    payChannel: null,
    lastPaymentProblem: null,
    cancelledAtMs: null,
    refundedAtMs: null,
    dispensedAtMs: null,
  };
  tx.settlements.insert(record);
  return { ok: true, value: record };
}

/** The counter's bill for a visit: a reviewed prescription at a pharmacy, or a walk-in's items. */
export function billVisit(
  tx: Tx,
  visit: DeepReadonly<CounterVisitRecord>,
  body: SettleRequest,
): Result<DeepReadonly<SettlementRecord>> {
  const institution = institutionOf(visit.institutionId);
  const pharmacy = institution.kind === 'pharmacy' ? pharmacyById(institution.id) : undefined;
  const items: BillInput['items'] = [];
  for (const item of body.items) {
    if (
      !Number.isInteger(item.quantity) ||
      item.quantity < 1 ||
      item.quantity > MAX_LINE_QUANTITY
    ) {
      return no(fail('SETTLEMENT_QUANTITY_INVALID'));
    }
    const drug = drugByCode(item.drugCode);
    if (drug === undefined) return no(fail('SETTLEMENT_DRUG_UNKNOWN'));
    if (item.unitPriceFen < 1 || item.unitPriceFen > drug.unitPriceFen * MAX_PRICE_MULTIPLE) {
      return no(fail('SETTLEMENT_PRICE_INVALID'));
    }
    if (pharmacy && !stocksDrug(pharmacy, drug.code, drug.supply)) {
      return no(fail('SETTLEMENT_DRUG_NOT_STOCKED'));
    }
    items.push({
      drugCode: drug.code,
      quantity: item.quantity,
      unitPriceFen: item.unitPriceFen,
      platformPriceFen: drug.unitPriceFen,
      // Pharmacy pooling never settles 毒、麻、精、放 (§3); a hospital's own outpatient desk may.
      pooled: pharmacy ? eligibleForPharmacyPooling(drug) : true,
    });
  }

  if (institution.kind === 'pharmacy') {
    if (body.prescriptionId === null) return no(fail('SETTLEMENT_ITEMS_MISMATCH'));
    const rx = tx.prescriptions.get(body.prescriptionId);
    const problem = prescriptionProblem(tx, visit, rx);
    if (problem || rx === undefined) return no(problem ?? fail('NOT_FOUND'));
    const approved =
      [...visit.reviews].reverse().find((r) => r.prescriptionId === rx.id)?.decision === 'approved';
    if (!approved) return no(fail('PRESCRIPTION_NOT_REVIEWED'));
    const wanted = rx.items
      .map((i) => `${i.code}×${i.quantity}`)
      .sort()
      .join(',');
    const given = items
      .map((i) => `${i.drugCode}×${i.quantity}`)
      .sort()
      .join(',');
    if (wanted !== given) return no(fail('SETTLEMENT_ITEMS_MISMATCH'));
    return bill(tx, {
      personId: visit.personId,
      institutionId: institution.id,
      visitId: visit.id,
      channel: 'counter',
      prescriptionId: rx.id,
      setting: 'pharmacy',
      institutionLevel: rx.institutionLevel,
      items,
      deliveryFeeFen: 0,
    });
  }
  if (body.prescriptionId !== null) return no(fail('SETTLEMENT_ITEMS_MISMATCH'));
  return bill(tx, {
    personId: visit.personId,
    institutionId: institution.id,
    visitId: visit.id,
    channel: 'counter',
    prescriptionId: null,
    setting: 'outpatient',
    institutionLevel: institution.level ?? 1,
    items,
    deliveryFeeFen: 0,
  });
}

/** A prescription sent for delivery is billed at once, to be paid in the app before dispatch. */
export function billDelivery(
  tx: Tx,
  rx: Rx,
  pharmacyId: string,
  deliveryFeeFen: number,
): Result<DeepReadonly<SettlementRecord>> {
  return bill(tx, {
    personId: rx.personId,
    institutionId: pharmacyId,
    visitId: null,
    channel: 'delivery',
    prescriptionId: rx.id,
    setting: 'pharmacy',
    institutionLevel: rx.institutionLevel,
    items: rx.items.map((item) => {
      const drug = drugByCode(item.code);
      if (!drug) throw new Error(`prescription names an unknown drug ${item.code}`);
      return {
        drugCode: drug.code,
        quantity: item.quantity,
        unitPriceFen: drug.unitPriceFen,
        platformPriceFen: drug.unitPriceFen,
        pooled: eligibleForPharmacyPooling(drug),
      };
    }),
    deliveryFeeFen,
  });
}

// --- Paying, withdrawing, refunding, handing over ----------------------------------------------

function entry(
  tx: Tx,
  record: DeepReadonly<SettlementRecord>,
  account: LedgerEntryRecord['account'],
  amountFen: number,
  atMs: number,
): void {
  tx.ledger.insert({
    id: `led-${randomHex(8)}`,
    personId: record.personId,
    account,
    kind: amountFen >= 0 ? 'credit' : 'debit',
    amountFen,
    atMs,
    memo: record.settlementNo,
    settlementId: record.id,
  });
}

function leg(
  tx: Tx,
  record: DeepReadonly<SettlementRecord>,
  payer: 'fund' | 'account' | 'mobile',
  amountFen: number,
  channel: PaymentChannel | null,
  atMs: number,
): void {
  if (amountFen === 0) return;
  tx.settlementLegs.insert({
    id: `leg-${randomHex(8)}`,
    settlementId: record.id,
    personId: record.personId,
    payer,
    amountFen,
    channel,
    atMs,
  });
}

export function paymentOutcome(view: View): PaymentOutcome {
  return view.paymentSettings.get('current')?.outcome ?? 'paid';
}

export interface PayOutcome {
  record: DeepReadonly<SettlementRecord>;
  /** The demo's "answer lost": paid and committed, and the caller must lose the answer. */
  loseAnswer: boolean;
}

/**
 * The person pays: the account share from the personal account, the cash share by the mobile
 * channel. A mobile payment that is cancelled or fails charges nothing, and the bill stays
 * payable. When the account has fallen below its share since billing, the split is made again
 * from the same year so far and nothing is charged: the person confirms the new one.
 */
export function pay(
  tx: Tx,
  personId: string,
  settlementId: string,
  body: { channel: PaymentChannel | null; cashFen: number },
): Result<PayOutcome> {
  const record = tx.settlements.get(settlementId);
  if (record === undefined || record.personId !== personId) {
    return no(fail('NOT_FOUND', { message: 'No such settlement' }));
  }
  if (record.status !== 'pending') return no(fail('SETTLEMENT_NOT_PENDING'));
  const balance = balanceFen(tx, personId, 'personal');
  if (balance < record.split.accountFen) {
    const others = spendableFen(tx, personId) + record.split.accountFen;
    // The year so far is the one billed: this settlement is still counted in it, so it is taken
    // from the record, not recomputed.
    const again = splitBill({
      claimId: record.id,
      policyId: record.policyId,
      member: memberOf(tx, personId),
      balanceFen: Math.max(0, Math.min(balance, others)),
      yearSoFar: record.yearBefore,
      date: record.claimDate,
      setting: record.setting,
      institutionLevel: record.institutionLevel,
      lines: record.items.map((i) => ({ ...i })),
      deliveryFeeFen: record.deliveryFeeFen,
    });
    tx.settlements.update(record.id, (s) => ({
      ...thawSettlement(s),
      split: splitRecord(again, record.yearBefore),
    }));
    return no(fail('SETTLEMENT_CHANGED'));
  }
  if (body.cashFen !== record.split.cashFen) return no(fail('SETTLEMENT_CHANGED'));
  const cashFen = record.split.cashFen;
  if (cashFen > 0 && body.channel === null) return no(fail('PAYMENT_CHANNEL_REQUIRED'));

  const outcome = cashFen > 0 ? paymentOutcome(tx) : 'paid';
  if (outcome === 'cancelled' || outcome === 'failed') {
    tx.settlements.update(record.id, (s) => ({
      ...thawSettlement(s),
      lastPaymentProblem: outcome,
    }));
    return no(fail(outcome === 'cancelled' ? 'PAYMENT_CANCELLED' : 'PAYMENT_FAILED'));
  }
  const atMs = now();
  const channel = cashFen > 0 ? body.channel : null;
  if (record.split.accountFen > 0) {
    entry(tx, record, 'personal', -record.split.accountFen, atMs);
    entry(tx, record, 'medical', record.split.accountFen, atMs);
  }
  leg(tx, record, 'fund', record.split.fundFen, null, atMs);
  leg(tx, record, 'account', record.split.accountFen, null, atMs);
  leg(tx, record, 'mobile', cashFen, channel, atMs);
  tx.settlements.update(record.id, (s) => ({
    ...thawSettlement(s),
    status: 'paid',
    paidAtMs: atMs,
    payChannel: channel,
    lastPaymentProblem: null,
    // Delivery is dispensed by the pharmacy once paid; a counter hands over itself.
    dispensedAtMs: s.channel === 'delivery' ? atMs : null,
  }));
  if (record.channel === 'delivery' && record.prescriptionId !== null) {
    tx.prescriptions.update(record.prescriptionId, (rx) => ({
      ...thawRx(rx),
      status: 'collected',
    }));
  }
  const paid = tx.settlements.get(record.id);
  if (paid === undefined) throw new Error('the settlement vanished');
  return { ok: true, value: { record: paid, loseAnswer: outcome === 'lost' } };
}

function atInstitution(
  tx: Tx,
  settlementId: string,
  institutionId: string,
): Result<DeepReadonly<SettlementRecord>> {
  const record = tx.settlements.get(settlementId);
  if (record === undefined || record.institutionId !== institutionId) {
    return no(fail('NOT_FOUND', { message: 'No such settlement at this institution' }));
  }
  return { ok: true, value: record };
}

export function cancel(
  tx: Tx,
  settlementId: string,
  institutionId: string,
): Result<DeepReadonly<SettlementRecord>> {
  const found = atInstitution(tx, settlementId, institutionId);
  if (!found.ok) return found;
  if (found.value.status !== 'pending') return no(fail('SETTLEMENT_NOT_PENDING'));
  tx.settlements.update(settlementId, (s) => ({
    ...thawSettlement(s),
    status: 'cancelled',
    cancelledAtMs: now(),
  }));
  return { ok: true, value: tx.settlements.get(settlementId) ?? found.value };
}

export function dispense(
  tx: Tx,
  settlementId: string,
  institutionId: string,
): Result<DeepReadonly<SettlementRecord>> {
  const found = atInstitution(tx, settlementId, institutionId);
  if (!found.ok) return found;
  const record = found.value;
  if (record.status !== 'paid') return no(fail('SETTLEMENT_NOT_PAID'));
  if (record.dispensedAtMs !== null) return { ok: true, value: record };
  tx.settlements.update(settlementId, (s) => ({ ...thawSettlement(s), dispensedAtMs: now() }));
  if (record.prescriptionId !== null) {
    tx.prescriptions.update(record.prescriptionId, (rx) => ({
      ...thawRx(rx),
      status: 'collected',
    }));
  }
  return { ok: true, value: tx.settlements.get(settlementId) ?? record };
}

/** 退费: every payment leg reversed, the account's money back, on the settlement's own day. */
export function refund(
  tx: Tx,
  settlementId: string,
  institutionId: string,
): Result<DeepReadonly<SettlementRecord>> {
  const found = atInstitution(tx, settlementId, institutionId);
  if (!found.ok) return found;
  const record = found.value;
  if (record.status === 'refunded') return no(fail('SETTLEMENT_ALREADY_REFUNDED'));
  if (record.status !== 'paid') return no(fail('SETTLEMENT_NOT_PAID'));
  const atMs = now();
  if (atMs >= endOfChinaDay(record.createdAtMs)) return no(fail('SETTLEMENT_REFUND_DAY_PASSED'));
  for (const paid of tx.settlementLegs.where('settlementId', record.id)) {
    if (paid.amountFen <= 0) continue;
    leg(tx, record, paid.payer, -paid.amountFen, paid.channel, atMs);
  }
  if (record.split.accountFen > 0) {
    entry(tx, record, 'medical', -record.split.accountFen, atMs);
    entry(tx, record, 'personal', record.split.accountFen, atMs);
  }
  tx.settlements.update(settlementId, (s) => ({
    ...thawSettlement(s),
    status: 'refunded',
    refundedAtMs: atMs,
  }));
  if (record.prescriptionId !== null && record.dispensedAtMs === null) {
    // Nothing was handed over: the prescription can be billed again.
    tx.prescriptions.update(record.prescriptionId, (rx) =>
      rx.status === 'collected' ? { ...thawRx(rx), status: 'sent' } : thawRx(rx),
    );
  }
  return { ok: true, value: tx.settlements.get(settlementId) ?? record };
}
