import { endpoints } from '@/api-contract/endpoints';
import {
  closeFamilyAccountResponseSchema,
  familyBindingSchema,
  familyHistorySchema,
  familyOverviewSchema,
  premiumReceiptSchema,
  transferResponseSchema,
  unbindRelativeResponseSchema,
} from '@/api-contract/family';
import { reauthResponseSchema } from '@/api-contract/reauth';
import { check, expectEqual, expectErrorCode, expectReplayOf, expectStatus } from './checks';
import { newIdempotencyKey, type ContractRequest } from './http';
import { DEMO_PERSONA_PHONES, type Scenario, type ScenarioContext } from './runner';

const {
  reauth,
  getFamilyOverview,
  createFamilyAccount,
  closeFamilyAccount,
  bindRelative,
  unbindRelative,
  transferToFamily,
  payPremium,
  getPremiumReceipt,
  getFamilyHistory,
} = endpoints;

const FUZHOU_PHONE = DEMO_PERSONA_PHONES[1];
/** The seeded password of the demo personas (mocks/seed.ts DEMO_VOUCHER_PASSWORD). */
const DEMO_PASSWORD = '802413';
const NO_GRANT = 'not-a-grant-of-this-session-0000';

async function grantFor(context: ScenarioContext, token: string): Promise<string> {
  const answer = await context.http.request({
    method: 'POST',
    path: reauth.path,
    token,
    body: { method: 'voucher-password', password: DEMO_PASSWORD },
  });
  expectStatus(answer, 200, undefined, 'reauth');
  return reauthResponseSchema.parse(answer.json).grant;
}

/** Signs in as the Fuzhou persona and opens her account: a household of three. */
async function fuzhouWithAccount(context: ScenarioContext) {
  const { token } = await context.signIn(FUZHOU_PHONE);
  const before = await context.http.request({ method: 'GET', path: getFamilyOverview.path, token });
  expectStatus(before, 200);
  const overview = familyOverviewSchema.parse(before.json);
  expectEqual(overview.eligibility, { eligible: true, reasons: [] }, 'eligibility');
  check(overview.account === null, 'a reset persona has no account');
  const opened = await context.http.request({
    method: 'POST',
    path: createFamilyAccount.path,
    token,
    body: { consent: true, reauthGrant: await grantFor(context, token) },
  });
  expectStatus(opened, 201, undefined, 'open');
  return { token, overview };
}

export const familyScenarios: Scenario[] = [
  {
    name: 'family: money moves need a re-authentication grant of the session',
    covers: [transferToFamily.id, createFamilyAccount.id],
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      const transfer = await http.request({
        method: 'POST',
        path: transferToFamily.path,
        token,
        body: { amountFen: 100, reauthGrant: NO_GRANT },
      });
      expectStatus(transfer, 403, 'REAUTH_REQUIRED');
      const open = await http.request({
        method: 'POST',
        path: createFamilyAccount.path,
        token,
        body: { consent: true, reauthGrant: NO_GRANT },
      });
      expectStatus(open, 403, 'REAUTH_REQUIRED');
    },
  },
  {
    name: 'family: open, bind a household parent, move money in once per key, see the history',
    covers: [
      getFamilyOverview.id,
      reauth.id,
      createFamilyAccount.id,
      bindRelative.id,
      transferToFamily.id,
      getFamilyHistory.id,
    ],
    demoOnly: 'needs the Fuzhou persona, eligible with parents in the household',
    run: async (context) => {
      const { http } = context;
      const { token, overview } = await fuzhouWithAccount(context);
      const father = overview.household.find((m) => m.relation === 'father');
      check(father !== undefined, 'the household has a father');
      const bound = await http.request({
        method: 'POST',
        path: bindRelative.path,
        token,
        body: { relation: 'father', name: father.name, idNumber: father.idNumber },
      });
      expectStatus(bound, 201, undefined, 'bind');
      expectEqual(familyBindingSchema.parse(bound.json).status, 'verified', 'household binding');
      const twice = await http.request({
        method: 'POST',
        path: bindRelative.path,
        token,
        body: { relation: 'father', name: father.name, idNumber: father.idNumber },
      });
      expectStatus(twice, 409, 'FAMILY_RELATIVE_ALREADY_BOUND');

      const key = newIdempotencyKey();
      const body = { amountFen: 50_000, reauthGrant: await grantFor(context, token) };
      const first = await http.request({
        method: 'POST',
        path: transferToFamily.path,
        token,
        body,
        idempotencyKey: key,
      });
      expectStatus(first, 201, undefined, 'transfer');
      const again = await http.request({
        method: 'POST',
        path: transferToFamily.path,
        token,
        body,
        idempotencyKey: key,
      });
      expectReplayOf(again, first, 'transfer');
      const moved = transferResponseSchema.parse(first.json);
      expectEqual(moved.familyBalanceFen, 50_000, 'family balance after one transfer');

      const history = await http.request({ method: 'GET', path: getFamilyHistory.path, token });
      expectStatus(history, 200);
      const parsed = familyHistorySchema.parse(history.json);
      expectEqual(parsed.movements.length, 1, 'one movement for one intent');
      expectEqual(
        parsed.personalBalanceFen + parsed.familyBalanceFen + parsed.premiumsPaidFen,
        overview.personalBalanceFen,
        'personal + family + premiums',
      );
    },
  },
  {
    name: 'family: a premium once per relative-year, a receipt; unbind and close return money',
    covers: [payPremium.id, getPremiumReceipt.id, unbindRelative.id, closeFamilyAccount.id],
    demoOnly: 'needs the Fuzhou persona, eligible with parents in the household',
    run: async (context) => {
      const { http } = context;
      const { token, overview } = await fuzhouWithAccount(context);
      const mother = overview.household.find((m) => m.relation === 'mother');
      check(mother !== undefined, 'the household has a mother');
      const bound = await http.request({
        method: 'POST',
        path: bindRelative.path,
        token,
        body: { relation: 'mother', name: mother.name, idNumber: mother.idNumber },
      });
      const relativeId = familyBindingSchema.parse(bound.json).id;
      const grant = await grantFor(context, token);
      await http.request({
        method: 'POST',
        path: transferToFamily.path,
        token,
        body: { amountFen: 100_000, reauthGrant: grant },
      });
      // The demo runs on the real clock: a year whose window is open today, if any.
      const year = overview.premiumYears.find((y) => y.open) ?? overview.premiumYears[0];
      check(year !== undefined, 'the region offers premium years');
      const pay = () =>
        http.request({
          method: 'POST',
          path: payPremium.path,
          token,
          body: { relativeId, year: year.year, amountFen: year.premiumFen, reauthGrant: grant },
        });
      const paid = await pay();
      if (year.open) {
        expectStatus(paid, 201, undefined, 'pay');
        const receipt = premiumReceiptSchema.parse(paid.json);
        expectStatus(await pay(), 409, 'FAMILY_PREMIUM_ALREADY_PAID', 'pay again, new key');
        const read = await http.request({
          method: 'GET',
          path: getPremiumReceipt.path.replace('{id}', receipt.id),
          token,
        });
        expectStatus(read, 200);
        expectEqual(premiumReceiptSchema.parse(read.json).receiptNo, receipt.receiptNo, 'receipt');
      } else {
        expectStatus(paid, 409, 'FAMILY_WINDOW_CLOSED', 'pay outside the window');
      }
      const missing = await http.request({
        method: 'GET',
        path: getPremiumReceipt.path.replace('{id}', 'no-such-receipt'),
        token,
      });
      expectStatus(missing, 404, 'NOT_FOUND');

      const unbound = await http.request({
        method: 'DELETE',
        path: unbindRelative.path.replace('{id}', relativeId),
        token,
      });
      expectStatus(unbound, 200, undefined, 'unbind');
      unbindRelativeResponseSchema.parse(unbound.json);
      const closed = await http.request({
        method: 'POST',
        path: closeFamilyAccount.path,
        token,
        body: { reauthGrant: grant },
      });
      expectStatus(closed, 200, undefined, 'close');
      closeFamilyAccountResponseSchema.parse(closed.json);
      const after = await http.request({ method: 'GET', path: getFamilyOverview.path, token });
      const final = familyOverviewSchema.parse(after.json);
      check(final.account === null, 'closed');
      const paidFen = year.open ? year.premiumFen : 0;
      const refunded = unbindRelativeResponseSchema.parse(unbound.json).refundedFen;
      expectEqual(
        final.personalBalanceFen,
        overview.personalBalanceFen - paidFen + refunded,
        'personal balance after close',
      );
      const gone = await http.request({
        method: 'DELETE',
        path: unbindRelative.path.replace('{id}', relativeId),
        token,
      });
      expectErrorCode(gone, 404, ['NOT_FOUND']);
    },
  },
];

/** A harmless valid request for each of the feature's mutations (the Idempotency-Key checks). */
export const familyMutationSamples: Record<
  string,
  (context: ScenarioContext) => Promise<ContractRequest>
> = {
  [reauth.id]: async (context) => ({
    method: 'POST',
    path: reauth.path,
    token: (await context.signIn()).token,
    body: { method: 'sms', code: '000000' },
  }),
  [createFamilyAccount.id]: async (context) => ({
    method: 'POST',
    path: createFamilyAccount.path,
    token: (await context.signIn()).token,
    body: { consent: true, reauthGrant: NO_GRANT },
  }),
  [closeFamilyAccount.id]: async (context) => ({
    method: 'POST',
    path: closeFamilyAccount.path,
    token: (await context.signIn()).token,
    body: { reauthGrant: NO_GRANT },
  }),
  [bindRelative.id]: async (context) => ({
    method: 'POST',
    path: bindRelative.path,
    token: (await context.signIn()).token,
    body: { relation: 'father', name: '某某', idNumber: '000000000000000000' },
  }),
  [unbindRelative.id]: async (context) => ({
    method: 'DELETE',
    path: unbindRelative.path.replace('{id}', 'no-such-relative'),
    token: (await context.signIn()).token,
  }),
  [transferToFamily.id]: async (context) => ({
    method: 'POST',
    path: transferToFamily.path,
    token: (await context.signIn()).token,
    body: { amountFen: 1, reauthGrant: NO_GRANT },
  }),
  [payPremium.id]: async (context) => ({
    method: 'POST',
    path: payPremium.path,
    token: (await context.signIn()).token,
    body: { relativeId: 'no-such-relative', year: 2000, amountFen: 1, reauthGrant: NO_GRANT },
  }),
};
