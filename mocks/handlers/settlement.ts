import { endpoints } from '@/api-contract/endpoints';
import {
  counterDrugListSchema,
  counterVisitSchema,
  demoPaymentSchema,
  institutionListSchema,
  settlementListSchema,
  settlementSchema,
} from '@/api-contract/settlement';
import { now } from '../clock';
import { fail, ok, type Answer } from '../http-utils';
import { DRUGS, eligibleForPharmacyPooling } from '../reference/drugs';
import { route } from '../route';
import {
  billVisit,
  cancel,
  dispense,
  institutionsIn,
  liveVisit,
  openVisit,
  pay,
  paymentOutcome,
  refund,
  review,
  settlementOut,
  visitOut,
} from '../settlement';
import type { Tx } from '../store/store';

/*
 * Settlement at the counter and payment from the phone (docs/decisions/022). The domain is in
 * ../settlement.ts; these map it to the contract. The counter's endpoints take no session: a
 * real counter signs in as its institution, and the demo plays every institution.
 */

const noVisit = () => fail('NOT_FOUND', { message: 'No such visit, or it has ended' });

function settlementReply(tx: Tx, id: string, status = 200): Answer {
  const record = tx.settlements.get(id);
  if (record === undefined) return fail('NOT_FOUND', { message: 'No such settlement' });
  return ok(settlementSchema, settlementOut(tx, record), status);
}

export const settlementHandlers = [
  route(endpoints.listSettlements, ({ tx, session }) =>
    ok(settlementListSchema, {
      asOfMs: now(),
      items: tx.settlements
        .where('personId', session.personId)
        .filter((s) => s.status !== 'cancelled')
        .sort((a, b) => b.createdAtMs - a.createdAtMs)
        .map((s) => settlementOut(tx, s)),
    }),
  ),

  route(endpoints.getSettlement, ({ tx, session, params }) => {
    const record = tx.settlements.get(params.settlementId ?? '');
    if (record === undefined || record.personId !== session.personId) {
      return fail('NOT_FOUND', { message: 'No such settlement' });
    }
    return ok(settlementSchema, settlementOut(tx, record));
  }),

  route(
    endpoints.paySettlement,
    ({ tx, session, params, body }) => {
      const result = pay(tx, session.personId, params.settlementId ?? '', body);
      if (!result.ok) return result.error;
      const reply = ok(settlementSchema, settlementOut(tx, result.value.record));
      return result.value.loseAnswer ? { ...reply, loseAnswer: true } : reply;
    },
    { reauth: true },
  ),

  route(endpoints.listInstitutions, ({ tx, request }) => {
    const regionCode = new URL(request.url).searchParams.get('regionCode') ?? '';
    if (!/^\d{6}$/.test(regionCode)) {
      return fail('BAD_REQUEST', { message: 'regionCode must be six digits' });
    }
    return ok(institutionListSchema, { items: institutionsIn(tx, regionCode) });
  }),

  route(endpoints.listCounterDrugs, () =>
    ok(counterDrugListSchema, {
      items: [...DRUGS.values()].map((drug) => ({
        code: drug.code,
        name: drug.name,
        spec: drug.spec,
        unit: drug.unit,
        catalogueClass: drug.catalogueClass,
        platformPriceFen: drug.unitPriceFen,
        pooled: eligibleForPharmacyPooling(drug),
      })),
    }),
  ),

  route(endpoints.openCounterVisit, ({ tx, body }) => {
    const opened = openVisit(tx, body.institutionId, body.ecToken.trim());
    if (!opened.ok) return opened.error;
    return ok(counterVisitSchema, visitOut(tx, opened.value), 201);
  }),

  route(endpoints.getCounterVisit, ({ tx, params }) => {
    const visit = liveVisit(tx, params.visitId ?? '');
    if (visit === undefined) return noVisit();
    return ok(counterVisitSchema, visitOut(tx, visit));
  }),

  route(endpoints.reviewPrescription, ({ tx, params, body }) => {
    const visit = liveVisit(tx, params.visitId ?? '');
    if (visit === undefined) return noVisit();
    const done = review(tx, visit, body);
    if (!done.ok) return done.error;
    const updated = tx.counterVisits.get(visit.id) ?? visit;
    return ok(counterVisitSchema, visitOut(tx, updated));
  }),

  route(endpoints.createSettlement, ({ tx, params, body }) => {
    const visit = liveVisit(tx, params.visitId ?? '');
    if (visit === undefined) return noVisit();
    const billed = billVisit(tx, visit, body);
    if (!billed.ok) return billed.error;
    return settlementReply(tx, billed.value.id, 201);
  }),

  route(endpoints.cancelSettlement, ({ tx, params, body }) => {
    const done = cancel(tx, params.settlementId ?? '', body.institutionId);
    return done.ok ? settlementReply(tx, done.value.id) : done.error;
  }),

  route(endpoints.dispenseSettlement, ({ tx, params, body }) => {
    const done = dispense(tx, params.settlementId ?? '', body.institutionId);
    return done.ok ? settlementReply(tx, done.value.id) : done.error;
  }),

  route(endpoints.refundSettlement, ({ tx, params, body }) => {
    const done = refund(tx, params.settlementId ?? '', body.institutionId);
    return done.ok ? settlementReply(tx, done.value.id) : done.error;
  }),

  route(endpoints.demoGetPaymentOutcome, ({ tx }) =>
    ok(demoPaymentSchema, { outcome: paymentOutcome(tx) }),
  ),

  route(endpoints.demoPaymentOutcome, ({ tx, body }) => {
    tx.paymentSettings.put({ id: 'current', outcome: body.outcome });
    return ok(demoPaymentSchema, { outcome: body.outcome });
  }),
];
