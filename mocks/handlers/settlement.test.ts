import { chinaDateOf } from '@/rules/dates';
import { describe, expect, it } from 'vitest';
import { reauthResponseSchema } from '@/api-contract/reauth';
import { profileSchema } from '@/api-contract/profile';
import {
  counterVisitSchema,
  demoPaymentSchema,
  settlementListSchema,
  settlementSchema,
  type CounterVisit,
} from '@/api-contract/settlement';
import {
  prescriptionDetailSchema,
  prescriptionPharmacyListSchema,
} from '@/api-contract/prescriptions';
import { voucherCodeSchema } from '@/api-contract/voucher';
import { estimate } from '@/rules';
import { installManualClock } from '../clock';
import { DELIVERED_AFTER_MS, DISPATCH_AFTER_MS } from '../settlement';
import { readState, transact } from '../db';
import { balanceFen } from '../family-ledger';
import { DEMO_VOUCHER_PASSWORD, personas } from '../seed';
import { createSession } from '../sessions';
import { callApi } from '../test-utils';

const cq = personas.find((p) => p.id === 'cq-retiree');
const fz = personas.find((p) => p.id === 'fz-employee');
if (!cq || !fz) throw new Error('personas missing');
const CQ_PHARMACY = 'ph-049681';
const CQ_HOSPITAL = 'hs-cq-3';
const METFORMIN = 'XA10BAM048A001010100811';
const AMLODIPINE = 'XC08CAA040A001010101617';

function signIn(personId: string): string {
  return transact((tx) => createSession(tx, personId)).token;
}

async function code(token: string): Promise<string> {
  const answer = await callApi('POST', '/voucher/code', {
    token,
    body: {},
    schema: voucherCodeSchema,
  });
  expect(answer.status).toBe(200);
  if (!answer.data) throw new Error('no code');
  return answer.data.ecToken;
}

async function grant(token: string): Promise<string> {
  const answer = await callApi('POST', '/auth/reauth', {
    token,
    body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
    schema: reauthResponseSchema,
  });
  if (!answer.data) throw new Error('no grant');
  return answer.data.grant;
}

async function openVisit(token: string, institutionId: string): Promise<CounterVisit> {
  const answer = await callApi('POST', '/counter/visits', {
    body: { institutionId, ecToken: await code(token) },
    schema: counterVisitSchema,
  });
  expect(answer.status).toBe(201);
  if (!answer.data) throw new Error('no visit');
  return answer.data;
}

async function pay(
  token: string,
  id: string,
  cashFen: number,
  channel: 'wechat' | null,
  key?: string,
  reauthGrant?: string,
) {
  return callApi('POST', `/settlements/${id}/pay`, {
    token,
    body: { channel, cashFen, reauthGrant: reauthGrant ?? (await grant(token)) },
    schema: settlementSchema,
    ...(key ? { idempotencyKey: key } : {}),
  });
}

async function walkIn(
  visitId: string,
  items: { drugCode: string; quantity: number; unitPriceFen: number }[],
) {
  return callApi('POST', `/counter/visits/${visitId}/settlements`, {
    body: { prescriptionId: null, items },
    schema: settlementSchema,
  });
}

describe('settlement at the counter', () => {
  it('a pharmacy scans, reviews and bills a sent prescription; the person pays; both see the receipt', async () => {
    const token = signIn(cq.personId);
    const visit = await openVisit(token, CQ_PHARMACY);
    expect(visit.holder.name).toBe('张*国');
    const rx = visit.prescriptions.find((p) => p.status === 'sent');
    if (!rx) throw new Error('the seed sends one prescription to this pharmacy');

    const items = rx.items.map((i) => ({
      drugCode: i.drugCode,
      quantity: i.quantity,
      unitPriceFen: i.platformPriceFen,
    }));
    const early = await callApi('POST', `/counter/visits/${visit.id}/settlements`, {
      body: { prescriptionId: rx.id, items },
    });
    expect(early.error?.code).toBe('PRESCRIPTION_NOT_REVIEWED');

    const reviewed = await callApi('POST', `/counter/visits/${visit.id}/reviews`, {
      body: { prescriptionId: rx.id, decision: 'approved' },
      schema: counterVisitSchema,
    });
    expect(reviewed.data?.prescriptions.find((p) => p.id === rx.id)?.review?.decision).toBe(
      'approved',
    );
    const billed = await callApi('POST', `/counter/visits/${visit.id}/settlements`, {
      body: { prescriptionId: rx.id, items },
      schema: settlementSchema,
    });
    expect(billed.status).toBe(201);
    const s = billed.data;
    if (!s) throw new Error('not billed');
    expect(s.status).toBe('pending');
    expect(s.fundFen + s.accountFen + s.cashFen).toBe(s.totalFen);
    expect(s.trace.length).toBeGreaterThan(0);

    const mine = await callApi('GET', '/settlements', { token, schema: settlementListSchema });
    expect(mine.data?.items[0]?.id).toBe(s.id);

    const before = balanceFen(readState(), cq.personId, 'personal');
    const paid = await pay(token, s.id, s.cashFen, s.cashFen > 0 ? 'wechat' : null);
    expect(paid.status).toBe(200);
    expect(paid.data?.status).toBe('paid');
    expect(balanceFen(readState(), cq.personId, 'personal')).toBe(before - s.accountFen);
    const me = await callApi('GET', '/me', { token, schema: profileSchema });
    expect(me.data?.insurance.personalAccountBalanceFen).toBe(before - s.accountFen);

    const again = await pay(token, s.id, s.cashFen, 'wechat');
    expect(again.error?.code).toBe('SETTLEMENT_NOT_PENDING');

    const handed = await callApi('POST', `/counter/settlements/${s.id}/dispense`, {
      body: { institutionId: CQ_PHARMACY },
      schema: settlementSchema,
    });
    expect(handed.data?.dispensedAtMs).not.toBeNull();
    const second = await callApi('POST', `/counter/visits/${visit.id}/reviews`, {
      body: { prescriptionId: rx.id, decision: 'approved' },
    });
    expect(second.error?.code).toBe('PRESCRIPTION_ALREADY_SETTLED');
  });

  it('a hospital walk-in splits as estimate does for the year so far, and a refund puts every fen back', async () => {
    const token = signIn(cq.personId);
    const visit = await openVisit(token, CQ_HOSPITAL);
    const items = [
      { drugCode: METFORMIN, quantity: 3, unitPriceFen: 1_280 },
      { drugCode: AMLODIPINE, quantity: 2, unitPriceFen: 2_350 },
    ];
    const first = (await walkIn(visit.id, items)).data;
    if (!first) throw new Error('not billed');
    const person = readState().persons.get(cq.personId);
    if (!person?.insurance.policyId) throw new Error('no policy');
    const expected = estimate({
      policyId: person.insurance.policyId,
      member: { status: person.insurance.status, enrolment: person.insurance.enrolment },
      personalAccountBalanceFen: balanceFen(readState(), cq.personId, 'personal'),
      claims: [
        {
          id: 'x',
          date: chinaDateOf(Date.now()),
          kind: 'outpatient',
          institutionLevel: 3,
          policyRangeFen: 3 * 1_280 + 2 * 2_350,
        },
      ],
    }).claims[0];
    expect([first.fundFen, first.accountFen, first.cashFen]).toEqual([
      expected?.fundFen,
      expected?.accountFen,
      expected?.cashFen,
    ]);
    // A second bill while one is unpaid would count the deductible twice: refused.
    expect((await walkIn(visit.id, items)).error?.code).toBe('SETTLEMENT_PENDING');

    const before = balanceFen(readState(), cq.personId, 'personal');
    expect((await pay(token, first.id, first.cashFen, 'wechat')).status).toBe(200);
    const refunded = await callApi('POST', `/counter/settlements/${first.id}/refund`, {
      body: { institutionId: CQ_HOSPITAL },
      schema: settlementSchema,
    });
    expect(refunded.data?.status).toBe('refunded');
    expect(balanceFen(readState(), cq.personId, 'personal')).toBe(before);
    const legs = readState().settlementLegs.where('settlementId', first.id);
    expect(legs.reduce((sum, l) => sum + l.amountFen, 0)).toBe(0);
    const twice = await callApi('POST', `/counter/settlements/${first.id}/refund`, {
      body: { institutionId: CQ_HOSPITAL },
    });
    expect(twice.error?.code).toBe('SETTLEMENT_ALREADY_REFUNDED');
  });

  it('a delivery is billed at send, paid in the app, then dispatched and delivered on the demo clock', async () => {
    const clock = installManualClock();
    const token = signIn(cq.personId);
    const list = await callApi('GET', '/prescriptions/rx-cq-01/pharmacies?lat=29.557&lng=106.577', {
      token,
      schema: prescriptionPharmacyListSchema,
    });
    const delivering = list.data?.items.find((p) => p.services.delivery);
    if (!delivering) throw new Error('no delivering pharmacy near 渝中区');
    const sent = await callApi('POST', '/prescriptions/rx-cq-01/send', {
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
      schema: prescriptionDetailSchema,
    });
    const bill = sent.data?.dispensing?.bill;
    expect(bill).toMatchObject({ status: 'pending', delivery: 'awaiting-payment' });
    if (!bill) throw new Error('a delivery is billed at send');
    const s = (
      await callApi('GET', `/settlements/${bill.settlementId}`, {
        token,
        schema: settlementSchema,
      })
    ).data;
    if (!s) throw new Error('no bill');
    expect(s.channel).toBe('delivery');
    expect(s.prescriptionId).toBe('rx-cq-01');
    // The fee is cash, said why; fund + account + cash is the total to the fen.
    expect(s.outsideClaim).toContainEqual({ reason: 'delivery-fee', amountFen: s.deliveryFeeFen });
    expect(s.cashFen).toBeGreaterThanOrEqual(s.deliveryFeeFen);
    expect(s.fundFen + s.accountFen + s.cashFen).toBe(s.totalFen);

    const stage = async () =>
      (await callApi('GET', '/prescriptions/rx-cq-01', { token, schema: prescriptionDetailSchema }))
        .data?.dispensing?.bill;
    const before = balanceFen(readState(), cq.personId, 'personal');
    expect((await pay(token, s.id, s.cashFen, 'wechat')).status).toBe(200);
    expect(balanceFen(readState(), cq.personId, 'personal')).toBe(before - s.accountFen);
    expect(await stage()).toEqual({ settlementId: s.id, status: 'paid', delivery: 'paid' });
    clock.advance(DISPATCH_AFTER_MS);
    expect((await stage())?.delivery).toBe('dispatched');
    clock.advance(DELIVERED_AFTER_MS);
    expect((await stage())?.delivery).toBe('delivered');
    const receipt = await callApi('GET', `/settlements/${s.id}`, {
      token,
      schema: settlementSchema,
    });
    expect(receipt.data?.delivery?.status).toBe('delivered');
  });

  it('refuses a refund on a later day in China', async () => {
    const clock = installManualClock(Date.parse('2026-12-02T10:00:00+08:00'));
    const token = signIn(cq.personId);
    const visit = await openVisit(token, CQ_HOSPITAL);
    const s = (await walkIn(visit.id, [{ drugCode: METFORMIN, quantity: 1, unitPriceFen: 1_280 }]))
      .data;
    if (!s) throw new Error('not billed');
    await pay(token, s.id, s.cashFen, 'wechat');
    clock.set(Date.parse('2026-12-03T00:00:01+08:00'));
    const late = await callApi('POST', `/counter/settlements/${s.id}/refund`, {
      body: { institutionId: CQ_HOSPITAL },
    });
    expect(late.error?.code).toBe('SETTLEMENT_REFUND_DAY_PASSED');
  });

  it('says what is wrong with a code, a quantity, a price or a drug, and charges nothing', async () => {
    const token = signIn(cq.personId);
    const ecToken = await code(token);
    const ok = await callApi('POST', '/counter/visits', {
      body: { institutionId: CQ_HOSPITAL, ecToken },
      schema: counterVisitSchema,
    });
    expect(ok.status).toBe(201);
    const used = await callApi('POST', '/counter/visits', {
      body: { institutionId: CQ_HOSPITAL, ecToken },
    });
    expect(used.error?.code).toBe('VOUCHER_TOKEN_USED');
    const unknown = await callApi('POST', '/counter/visits', {
      body: { institutionId: CQ_HOSPITAL, ecToken: 'not-a-code-at-all' },
    });
    expect(unknown.status).toBe(404);
    const visitId = ok.data?.id ?? '';
    const bad = async (quantity: number, unitPriceFen: number, drugCode = METFORMIN) =>
      (await walkIn(visitId, [{ drugCode, quantity, unitPriceFen }])).error?.code;
    expect(await bad(0, 1_280)).toBe('SETTLEMENT_QUANTITY_INVALID');
    expect(await bad(-1, 1_280)).toBe('SETTLEMENT_QUANTITY_INVALID');
    expect(await bad(10_000, 1_280)).toBe('SETTLEMENT_QUANTITY_INVALID');
    expect(await bad(1, 0)).toBe('SETTLEMENT_PRICE_INVALID');
    expect(await bad(1, 1_280, 'XX000')).toBe('SETTLEMENT_DRUG_UNKNOWN');
    expect(readState().settlements.all()).toHaveLength(0);

    // Above the platform price: billed, and the excess is the person's, said why.
    const high = (
      await walkIn(visitId, [{ drugCode: METFORMIN, quantity: 2, unitPriceFen: 1_500 }])
    ).data;
    expect(high?.items[0]?.cashReason).toBe('above-platform-price');
    expect(high?.outsideClaim).toEqual([{ reason: 'above-platform-price', amountFen: 440 }]);
    expect(high?.policyRangeFen).toBe(2_560);
  });

  it('a cancelled mobile payment charges nothing and leaves the bill payable; a lost answer pays once', async () => {
    const token = signIn(cq.personId);
    const visit = await openVisit(token, CQ_HOSPITAL);
    // Enough that the cash share is above 0 for a retiree with a full account.
    const s = (
      await walkIn(visit.id, [{ drugCode: METFORMIN, quantity: 999, unitPriceFen: 1_280 }])
    ).data;
    if (!s) throw new Error('not billed');
    expect(s.cashFen).toBeGreaterThan(0);
    expect(s.accountShort).toBe(true);

    await callApi('PUT', '/__demo/payment', {
      body: { outcome: 'cancelled' },
      schema: demoPaymentSchema,
    });
    const before = balanceFen(readState(), cq.personId, 'personal');
    const cancelled = await pay(token, s.id, s.cashFen, 'wechat');
    expect(cancelled.error?.code).toBe('PAYMENT_CANCELLED');
    expect(balanceFen(readState(), cq.personId, 'personal')).toBe(before);
    const still = await callApi('GET', `/settlements/${s.id}`, { token, schema: settlementSchema });
    expect(still.data?.status).toBe('pending');
    expect(still.data?.lastPaymentProblem).toBe('cancelled');

    await callApi('PUT', '/__demo/payment', {
      body: { outcome: 'lost' },
      schema: demoPaymentSchema,
    });
    const key = crypto.randomUUID();
    const once = await grant(token);
    await expect(pay(token, s.id, s.cashFen, 'wechat', key, once)).rejects.toThrow();
    const retry = await pay(token, s.id, s.cashFen, 'wechat', key, once);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(balanceFen(readState(), cq.personId, 'personal')).toBe(before - s.accountFen);
    expect(readState().settlementLegs.where('settlementId', s.id)).toHaveLength(3);
  });

  it('refuses a bill under a policy the bundled rules do not cover for the visit', async () => {
    const token = signIn(fz.personId);
    const visit = await openVisit(token, 'hs-fz-3');
    // Fuzhou's bundled policy is its inpatient DRG one: no outpatient rules to settle with.
    const refused = await walkIn(visit.id, [
      { drugCode: METFORMIN, quantity: 1, unitPriceFen: 1_280 },
    ]);
    expect(refused.error?.code).toBe('SETTLEMENT_NOT_COVERED');
  });
});
