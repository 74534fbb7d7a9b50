import { endpoints } from '@/api-contract/endpoints';
import {
  closeFamilyAccountResponseSchema,
  familyAccountSchema,
  familyBindingSchema,
  familyDemoFaultSchema,
  familyHistorySchema,
  familyOverviewSchema,
  payPremiumResponseSchema,
  premiumReceiptSchema,
  transferResponseSchema,
  unbindRelativeResponseSchema,
} from '@/api-contract/family';
import { IDEMPOTENCY_KEY_HEADER } from '@/api-contract/common';
import { fail, ok } from '../http-utils';
import {
  balanceFen,
  bindRelative,
  closeAccount,
  createAccount,
  payPremium,
  transferIn,
  unbindRelative,
} from '../family-ledger';
import { accountOut, movementOut, overviewOf, receiptOut } from '../family/contract-mapping';
import { armLostFamilyAnswer, isLostFamilyAnswerArmed, takeLostFamilyAnswer } from '../family-demo';
import { route } from '../route';

/** The intent a movement answers: kept beside it so an audit can match the two. */
function requestKey(request: Request): string | null {
  return request.headers.get(IDEMPOTENCY_KEY_HEADER);
}

/**
 * The family mutual-aid account (docs/decisions/012). Each handler is one transaction of the
 * route pipeline: the idempotency layer replays a repeated key before the handler runs, the
 * re-authentication layer checks the grant of every money move, and the ledger module refuses
 * a second payment of a relative-year whatever the key. A refusal of the ledger is returned as
 * it is: the route layer gives it the status the endpoint declares.
 */
export const familyHandlers = [
  route(endpoints.demoFamilyLoseNextAnswer, () => {
    armLostFamilyAnswer();
    return ok(familyDemoFaultSchema, { loseNextAnswer: isLostFamilyAnswerArmed() });
  }),

  route(endpoints.getFamilyOverview, ({ tx, session }) =>
    ok(familyOverviewSchema, overviewOf(tx, session.personId)),
  ),

  route(
    endpoints.createFamilyAccount,
    ({ tx, session }) => {
      const result = createAccount(tx, session.personId);
      if (!result.ok) return result.error;
      return ok(familyAccountSchema, accountOut(tx, result.value), 201);
    },
    { reauth: true },
  ),

  route(
    endpoints.closeFamilyAccount,
    ({ tx, session, request }) => {
      const result = closeAccount(tx, session.personId, requestKey(request));
      if (!result.ok) return result.error;
      return ok(closeFamilyAccountResponseSchema, result.value);
    },
    { reauth: true },
  ),

  route(endpoints.bindRelative, ({ tx, session, body }) => {
    const result = bindRelative(tx, session.personId, body);
    if (!result.ok) return result.error;
    const overview = overviewOf(tx, session.personId);
    const binding = overview.relatives.find((r) => r.id === result.value.id);
    if (binding === undefined) throw new Error('the new binding is missing');
    return ok(familyBindingSchema, binding, 201);
  }),

  route(endpoints.unbindRelative, ({ tx, session, params, request }) => {
    const id = params.id ?? '';
    const result = unbindRelative(tx, session.personId, id, requestKey(request));
    if (!result.ok) return result.error;
    return ok(unbindRelativeResponseSchema, { id, refundedFen: result.value.refundedFen });
  }),

  // Transfers and payments: the demo console's one-shot "answer lost" fault wraps these two.
  route(
    endpoints.transferToFamily,
    ({ tx, session, body, request }) => {
      const result = transferIn(tx, session.personId, body.amountFen, requestKey(request));
      if (!result.ok) return result.error;
      return ok(
        transferResponseSchema,
        {
          movement: movementOut(tx, result.value),
          personalBalanceFen: balanceFen(tx, session.personId, 'personal'),
          familyBalanceFen: balanceFen(tx, session.personId, 'family'),
        },
        201,
      );
    },
    { reauth: true, loseAnswer: takeLostFamilyAnswer },
  ),

  route(
    endpoints.payPremium,
    ({ tx, session, body, request }) => {
      const result = payPremium(tx, session.personId, body, requestKey(request));
      if (!result.ok) return result.error;
      return ok(payPremiumResponseSchema, receiptOut(tx, result.value), 201);
    },
    { reauth: true, loseAnswer: takeLostFamilyAnswer },
  ),

  route(endpoints.getPremiumReceipt, ({ tx, session, params }) => {
    const premium = tx.familyPremiums.get(params.id ?? '');
    if (premium === undefined || premium.personId !== session.personId) {
      return fail('NOT_FOUND', { message: 'No such receipt' });
    }
    return ok(premiumReceiptSchema, receiptOut(tx, premium));
  }),

  route(endpoints.getFamilyHistory, ({ tx, session }) =>
    ok(familyHistorySchema, {
      movements: tx.familyMovements
        .where('personId', session.personId)
        // Oldest first (the sort is stable, so same-millisecond rows keep their order), then
        // reversed: newest first.
        .sort((a, b) => a.atMs - b.atMs)
        .reverse()
        .map((m) => movementOut(tx, m)),
      personalBalanceFen: balanceFen(tx, session.personId, 'personal'),
      familyBalanceFen: balanceFen(tx, session.personId, 'family'),
      premiumsPaidFen: balanceFen(tx, session.personId, 'premium'),
    }),
  ),
];
