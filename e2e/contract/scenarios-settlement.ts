import { endpoints } from '@/api-contract/endpoints';
import {
  prescriptionDetailSchema,
  prescriptionPharmacyListSchema,
} from '@/api-contract/prescriptions';
import { profileSchema } from '@/api-contract/profile';
import { reauthResponseSchema } from '@/api-contract/reauth';
import {
  counterDrugListSchema,
  counterVisitSchema,
  settlementListSchema,
  settlementSchema,
} from '@/api-contract/settlement';
import { voucherCodeSchema } from '@/api-contract/voucher';
import { check, expectEqual, expectReplayOf, expectStatus } from './checks';
import { newIdempotencyKey, type ContractRequest } from './http';
import type { Scenario, ScenarioContext } from './runner';

const {
  reauth,
  getMe,
  issueVoucherCode,
  listSettlements,
  getSettlement,
  paySettlement,
  listCounterDrugs,
  openCounterVisit,
  getCounterVisit,
  reviewPrescription,
  createSettlement,
  cancelSettlement,
  dispenseSettlement,
  refundSettlement,
  getPrescription,
  listPrescriptionPharmacies,
  sendPrescription,
} = endpoints;

/** The seeded password of the demo personas (mocks/seed.ts DEMO_VOUCHER_PASSWORD). */
export const DEMO_PASSWORD = '802413';
const NO_GRANT = 'not-a-grant-of-this-session-0000';
/** A level-3 hospital of the demo's reference data (mocks/reference/hospitals.ts), Chongqing. */
const HOSPITAL = 'hs-cq-3';
const reference = 'uses the demo reference data (a Chongqing hospital and its persona)';
const path = (template: string, id: string) =>
  template.replace(/\{[^}]+\}/, encodeURIComponent(id));

export async function grantFor(context: ScenarioContext, token: string): Promise<string> {
  const answer = await context.http.request({
    method: 'POST',
    path: reauth.path,
    token,
    body: { method: 'voucher-password', password: DEMO_PASSWORD },
  });
  expectStatus(answer, 200, undefined, 'reauth');
  return reauthResponseSchema.parse(answer.json).grant;
}

export async function scan(context: ScenarioContext, token: string) {
  const issued = await context.http.request({
    method: 'POST',
    path: issueVoucherCode.path,
    token,
    body: {},
  });
  expectStatus(issued, 200, undefined, 'issue a code');
  const { ecToken } = voucherCodeSchema.parse(issued.json);
  const opened = await context.http.request({
    method: 'POST',
    path: openCounterVisit.path,
    body: { institutionId: HOSPITAL, ecToken },
  });
  expectStatus(opened, 201, undefined, 'scan at the counter');
  return { ecToken, visit: counterVisitSchema.parse(opened.json) };
}

export async function firstDrug(context: ScenarioContext) {
  const answer = await context.http.request({ method: 'GET', path: listCounterDrugs.path });
  expectStatus(answer, 200);
  const drug = counterDrugListSchema.parse(answer.json).items.find((d) => d.pooled);
  check(drug !== undefined, 'the catalogue has a pooled drug');
  return drug;
}

async function balance(context: ScenarioContext, token: string): Promise<number> {
  const me = await context.http.request({ method: 'GET', path: getMe.path, token });
  expectStatus(me, 200);
  return profileSchema.parse(me.json).insurance.personalAccountBalanceFen;
}

/** The settlement API's scenarios (see scenarios.ts for what every scenario must do). */
export const settlementScenarios: Scenario[] = [
  {
    name: 'settlement: a delivery is billed at send, its prescription links the bill, paid once before dispatch',
    covers: [sendPrescription.id, getPrescription.id, getSettlement.id, paySettlement.id],
    demoOnly: 'uses the demo persona 张建国 (13800001111) and his seeded prescription rx-cq-01',
    run: async (context) => {
      const { http } = context;
      const { token } = await context.signIn('13800001111');
      const rxId = 'rx-cq-01';
      const near = await http.request({
        method: 'GET',
        path: `${path(listPrescriptionPharmacies.path, rxId)}?lat=26.085000&lng=119.296000`,
        token,
      });
      expectStatus(near, 200);
      const delivering = prescriptionPharmacyListSchema
        .parse(near.json)
        .items.find((p) => p.services.delivery);
      check(delivering !== undefined, 'a pharmacy that delivers can fill it');
      const sent = await http.request({
        method: 'POST',
        path: path(sendPrescription.path, rxId),
        token,
        body: {
          pharmacyId: delivering.id,
          method: 'delivery',
          address: {
            district: '渝中区',
            detail: '解放碑 1 号',
            recipient: '张先生',
            phone: '13800001111',
          },
        },
      });
      expectStatus(sent, 200, undefined, 'send for delivery');
      const bill = prescriptionDetailSchema.parse(sent.json).dispensing?.bill;
      check(bill !== undefined && bill !== null, 'a delivery carries its bill');
      expectEqual(bill.status, 'pending', 'billed at send');
      expectEqual(bill.delivery, 'awaiting-payment', 'not dispatched before payment');

      const got = await http.request({
        method: 'GET',
        path: path(getSettlement.path, bill.settlementId),
        token,
      });
      expectStatus(got, 200);
      const s = settlementSchema.parse(got.json);
      expectEqual(s.channel, 'delivery', 'the bill is a delivery');
      expectEqual(s.fundFen + s.accountFen + s.cashFen, s.totalFen, 'fund + account + cash');
      check(
        s.outsideClaim.some((o) => o.reason === 'delivery-fee' && o.amountFen === s.deliveryFeeFen),
        'the delivery fee is cash, said why',
      );
      const before = await balance(context, token);
      const paid = await http.request({
        method: 'POST',
        path: path(paySettlement.path, s.id),
        token,
        idempotencyKey: newIdempotencyKey(),
        body: {
          channel: s.cashFen > 0 ? 'wechat' : null,
          cashFen: s.cashFen,
          reauthGrant: await grantFor(context, token),
        },
      });
      expectStatus(paid, 200, undefined, 'pay the delivery');
      expectEqual(await balance(context, token), before - s.accountFen, 'the account share left');
      const after = await http.request({
        method: 'GET',
        path: path(getPrescription.path, rxId),
        token,
      });
      expectStatus(after, 200);
      const now = prescriptionDetailSchema.parse(after.json).dispensing?.bill;
      expectEqual(now?.status, 'paid', 'the prescription shows its bill paid');
    },
  },
  {
    name: 'settlement: a walk-in is billed, paid once with a grant, handed over and refunded once',
    covers: [
      openCounterVisit.id,
      getCounterVisit.id,
      createSettlement.id,
      listSettlements.id,
      getSettlement.id,
      paySettlement.id,
      dispenseSettlement.id,
      refundSettlement.id,
      listCounterDrugs.id,
    ],
    demoOnly: reference,
    run: async (context) => {
      const { http } = context;
      const { token } = await context.signIn();
      const { visit } = await scan(context, token);
      const again = await http.request({
        method: 'GET',
        path: path(getCounterVisit.path, visit.id),
      });
      expectStatus(again, 200);
      const drug = await firstDrug(context);
      const billed = await http.request({
        method: 'POST',
        path: path(createSettlement.path, visit.id),
        body: {
          prescriptionId: null,
          items: [{ drugCode: drug.code, quantity: 2, unitPriceFen: drug.platformPriceFen }],
        },
      });
      expectStatus(billed, 201, undefined, 'bill');
      const s = settlementSchema.parse(billed.json);
      expectEqual(s.status, 'pending', 'a new bill');
      expectEqual(s.fundFen + s.accountFen + s.cashFen, s.totalFen, 'fund + account + cash');
      check(s.trace.length > 0, 'the split cites its rules');

      const list = await http.request({ method: 'GET', path: listSettlements.path, token });
      expectStatus(list, 200);
      check(
        settlementListSchema.parse(list.json).items.some((i) => i.id === s.id),
        'the person sees the bill',
      );
      const before = await balance(context, token);
      const noGrant = await http.request({
        method: 'POST',
        path: path(paySettlement.path, s.id),
        token,
        body: { channel: 'wechat', cashFen: s.cashFen, reauthGrant: NO_GRANT },
      });
      expectStatus(noGrant, 403, 'REAUTH_REQUIRED');

      const key = newIdempotencyKey();
      const body = {
        channel: 'wechat',
        cashFen: s.cashFen,
        reauthGrant: await grantFor(context, token),
      };
      const payUrl = path(paySettlement.path, s.id);
      const paid = await http.request({
        method: 'POST',
        path: payUrl,
        token,
        body,
        idempotencyKey: key,
      });
      expectStatus(paid, 200, undefined, 'pay');
      const repeat = await http.request({
        method: 'POST',
        path: payUrl,
        token,
        body,
        idempotencyKey: key,
      });
      expectReplayOf(repeat, paid, 'pay');
      expectEqual(
        await balance(context, token),
        before - s.accountFen,
        'the account paid its share once',
      );
      const other = await http.request({
        method: 'POST',
        path: payUrl,
        token,
        body: { ...body, reauthGrant: await grantFor(context, token) },
      });
      expectStatus(other, 409, 'SETTLEMENT_NOT_PENDING');

      const detail = await http.request({
        method: 'GET',
        path: path(getSettlement.path, s.id),
        token,
      });
      expectStatus(detail, 200);
      expectEqual(settlementSchema.parse(detail.json).status, 'paid', 'the receipt');
      const handed = await http.request({
        method: 'POST',
        path: path(dispenseSettlement.path, s.id),
        body: { institutionId: HOSPITAL },
      });
      expectStatus(handed, 200);
      const refunded = await http.request({
        method: 'POST',
        path: path(refundSettlement.path, s.id),
        body: { institutionId: HOSPITAL },
      });
      expectStatus(refunded, 200);
      expectEqual(settlementSchema.parse(refunded.json).status, 'refunded', 'refunded');
      expectEqual(await balance(context, token), before, 'the account share came back');
      const twice = await http.request({
        method: 'POST',
        path: path(refundSettlement.path, s.id),
        body: { institutionId: HOSPITAL },
      });
      expectStatus(twice, 409, 'SETTLEMENT_ALREADY_REFUNDED');
    },
  },
  {
    name: 'settlement: a code is used once, bad lines are 422 and bill nothing, a bill can be withdrawn',
    covers: [openCounterVisit.id, createSettlement.id, cancelSettlement.id, reviewPrescription.id],
    demoOnly: reference,
    run: async (context) => {
      const { http } = context;
      const { token } = await context.signIn();
      const { ecToken, visit } = await scan(context, token);
      const reused = await http.request({
        method: 'POST',
        path: openCounterVisit.path,
        body: { institutionId: HOSPITAL, ecToken },
      });
      expectStatus(reused, 409, 'VOUCHER_TOKEN_USED');
      const drug = await firstDrug(context);
      const line = (quantity: number, unitPriceFen: number) => ({
        method: 'POST' as const,
        path: path(createSettlement.path, visit.id),
        body: { prescriptionId: null, items: [{ drugCode: drug.code, quantity, unitPriceFen }] },
      });
      expectStatus(
        await http.request(line(0, drug.platformPriceFen)),
        422,
        'SETTLEMENT_QUANTITY_INVALID',
      );
      expectStatus(
        await http.request(line(10_000, drug.platformPriceFen)),
        422,
        'SETTLEMENT_QUANTITY_INVALID',
      );
      expectStatus(await http.request(line(1, 0)), 422, 'SETTLEMENT_PRICE_INVALID');
      const list = await http.request({ method: 'GET', path: listSettlements.path, token });
      expectEqual(settlementListSchema.parse(list.json).items.length, 0, 'nothing billed');

      const noSuch = await http.request({
        method: 'POST',
        path: path(reviewPrescription.path, visit.id),
        body: { prescriptionId: 'no-such-prescription', decision: 'approved' },
      });
      expectStatus(noSuch, 404, 'NOT_FOUND');

      const billed = await http.request(line(1, drug.platformPriceFen));
      expectStatus(billed, 201);
      const s = settlementSchema.parse(billed.json);
      const withdrawn = await http.request({
        method: 'POST',
        path: path(cancelSettlement.path, s.id),
        body: { institutionId: HOSPITAL },
      });
      expectStatus(withdrawn, 200);
      expectEqual(settlementSchema.parse(withdrawn.json).status, 'cancelled', 'withdrawn');
      const late = await http.request({
        method: 'POST',
        path: path(cancelSettlement.path, s.id),
        body: { institutionId: HOSPITAL },
      });
      expectStatus(late, 409, 'SETTLEMENT_NOT_PENDING');
    },
  },
];

export const settlementMutationSamples: Record<
  string,
  (context: ScenarioContext) => Promise<ContractRequest>
> = {
  [paySettlement.id]: async (context) => ({
    method: 'POST',
    path: path(paySettlement.path, 'no-such-settlement'),
    token: (await context.signIn()).token,
    body: { channel: 'wechat', cashFen: 0, reauthGrant: NO_GRANT },
  }),
  [openCounterVisit.id]: async () => ({
    method: 'POST',
    path: openCounterVisit.path,
    body: { institutionId: HOSPITAL, ecToken: 'no-such-code' },
  }),
  [reviewPrescription.id]: async () => ({
    method: 'POST',
    path: path(reviewPrescription.path, 'no-such-visit'),
    body: { prescriptionId: 'x', decision: 'approved' },
  }),
  [createSettlement.id]: async () => ({
    method: 'POST',
    path: path(createSettlement.path, 'no-such-visit'),
    body: { prescriptionId: null, items: [{ drugCode: 'x', quantity: 1, unitPriceFen: 1 }] },
  }),
  [cancelSettlement.id]: async () => ({
    method: 'POST',
    path: path(cancelSettlement.path, 'no-such-settlement'),
    body: { institutionId: HOSPITAL },
  }),
  [dispenseSettlement.id]: async () => ({
    method: 'POST',
    path: path(dispenseSettlement.path, 'no-such-settlement'),
    body: { institutionId: HOSPITAL },
  }),
  [refundSettlement.id]: async () => ({
    method: 'POST',
    path: path(refundSettlement.path, 'no-such-settlement'),
    body: { institutionId: HOSPITAL },
  }),
};
