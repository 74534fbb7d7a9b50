import { getResponse, http, HttpResponse } from 'msw';
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
  checkGrant,
  closeAccount,
  createAccount,
  isoAt,
  movementOut,
  overviewOf,
  payPremium,
  receiptOut,
  transferIn,
  unbindRelative,
} from '../family-ledger';
import { armLostFamilyAnswer, isLostFamilyAnswerArmed, takeLostFamilyAnswer } from '../family-demo';
import { route } from '../route';

/** The intent a movement answers: kept beside it so an audit can match the two. */
function requestKey(request: Request): string | null {
  return request.headers.get(IDEMPOTENCY_KEY_HEADER);
}

/** Transfers and payments: the routes the demo's one-shot "answer lost" fault wraps. */
const moneyMoves = [
  route(endpoints.transferToFamily, ({ tx, session, body, request }) => {
    const refused = checkGrant(tx, session, body.reauthGrant);
    if (refused) return refused;
    const result = transferIn(tx, session.personId, body.amountFen, requestKey(request));
    if (!result.ok) return result.reply;
    return ok(
      transferResponseSchema,
      {
        movement: movementOut(tx, result.value),
        personalBalanceFen: balanceFen(tx, session.personId, 'personal'),
        familyBalanceFen: balanceFen(tx, session.personId, 'family'),
      },
      201,
    );
  }),

  route(endpoints.payPremium, ({ tx, session, body, request }) => {
    const refused = checkGrant(tx, session, body.reauthGrant);
    if (refused) return refused;
    const result = payPremium(tx, session.personId, body, requestKey(request));
    if (!result.ok) return result.reply;
    return ok(payPremiumResponseSchema, receiptOut(tx, result.value), 201);
  }),
];

/**
 * The family mutual-aid account (docs/decisions/012). Each handler is one transaction of the
 * route pipeline: the idempotency layer replays a repeated key before the handler runs, and
 * the ledger module refuses a second payment of a relative-year whatever the key.
 */
export const familyHandlers = [
  // Before the money routes: when armed, the real route does the work, then the answer is lost.
  http.post('*/api/family/:resource', async ({ request, params }) => {
    if (params.resource !== 'transfers' && params.resource !== 'premiums') return undefined;
    if (!takeLostFamilyAnswer()) return undefined;
    await getResponse(moneyMoves, request);
    return HttpResponse.error();
  }),

  route(endpoints.demoFamilyLoseNextAnswer, () => {
    armLostFamilyAnswer();
    return ok(familyDemoFaultSchema, { loseNextAnswer: isLostFamilyAnswerArmed() });
  }),

  route(endpoints.getFamilyOverview, ({ tx, session }) =>
    ok(familyOverviewSchema, overviewOf(tx, session.personId)),
  ),

  route(endpoints.createFamilyAccount, ({ tx, session, body }) => {
    const refused = checkGrant(tx, session, body.reauthGrant);
    if (refused) return refused;
    const result = createAccount(tx, session.personId);
    if (!result.ok) return result.reply;
    return ok(
      familyAccountSchema,
      {
        id: result.value.id,
        openedAt: isoAt(result.value.openedAtMs),
        balanceFen: balanceFen(tx, session.personId, 'family'),
        premiumsPaidFen: balanceFen(tx, session.personId, 'premium'),
      },
      201,
    );
  }),

  route(endpoints.closeFamilyAccount, ({ tx, session, body, request }) => {
    const refused = checkGrant(tx, session, body.reauthGrant);
    if (refused) return refused;
    const result = closeAccount(tx, session.personId, requestKey(request));
    if (!result.ok) return result.reply;
    return ok(closeFamilyAccountResponseSchema, result.value);
  }),

  route(endpoints.bindRelative, ({ tx, session, body }) => {
    const result = bindRelative(tx, session.personId, body);
    if (!result.ok) return result.reply;
    const overview = overviewOf(tx, session.personId);
    const binding = overview.relatives.find((r) => r.id === result.value.id);
    if (binding === undefined) throw new Error('the new binding is missing');
    return ok(familyBindingSchema, binding, 201);
  }),

  route(endpoints.unbindRelative, ({ tx, session, params, request }) => {
    const id = params.id ?? '';
    const result = unbindRelative(tx, session.personId, id, requestKey(request));
    if (!result.ok) return result.reply;
    return ok(unbindRelativeResponseSchema, { id, refundedFen: result.value.refundedFen });
  }),

  ...moneyMoves,

  route(endpoints.getPremiumReceipt, ({ tx, session, params }) => {
    const premium = tx.familyPremiums.get(params.id ?? '');
    if (premium === undefined || premium.personId !== session.personId) {
      return fail(404, 'NOT_FOUND', { message: 'No such receipt' });
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
