import { describe, expect, it } from 'vitest';
import { settlementSchema } from '@/api-contract/settlement';
import { demoTraceResaleSchema, traceCodeCheckSchema } from '@/api-contract/trace-codes';
import { personas } from '../seed';
import { callApi } from '../test-utils';
import { CQ_LEVEL_3_HOSPITAL, signInAs, walkIn } from '../counter-test-utils';

const cq = personas.find((p) => p.id === 'cq-retiree');
const fz = personas.find((p) => p.id === 'fz-employee');
if (!cq || !fz) throw new Error('personas missing');
const codesOf = (s: { items: { traceCodes: string[] }[] }) => s.items.flatMap((i) => i.traceCodes);

const check = (code: string, token: string) =>
  callApi('GET', `/trace-codes/${encodeURIComponent(code)}`, {
    token,
    schema: traceCodeCheckSchema,
  });

describe('drug traceability codes', () => {
  it('say a code no settlement has is not sold yet, without a drug or a sale', async () => {
    const token = signInAs(cq.personId);
    const answer = await check('81234567890123456789', token);
    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({
      code: '81234567890123456789',
      status: 'never-sold',
      sales: [],
    });
    expect(answer.data?.drugName).toBeUndefined();
  });

  it('say a paid box was sold once: when, where (masked), the drug, and that it was yours', async () => {
    const token = signInAs(cq.personId);
    const s = await walkIn(token, 2);
    const codes = codesOf(s);
    expect(codes).toHaveLength(2);
    const answer = await check(codes[0] ?? '', token);
    expect(answer.data?.status).toBe('sold-once');
    expect(answer.data?.drugName).toBe('盐酸二甲双胍片');
    expect(answer.data?.sales).toEqual([
      {
        atMs: s.payment?.paidAtMs,
        placeMasked: '重庆**医院',
        regionName: '重庆市',
        placeKind: 'hospital',
        yours: true,
      },
    ]);
    // Someone else checking the same box sees the sale, not that it was theirs, nor whose.
    const other = await check(codes[0] ?? '', signInAs(fz.personId));
    expect(other.data?.sales.map((x) => x.yours)).toEqual([false]);
    expect(JSON.stringify(other.data)).not.toContain(s.id);
    expect(JSON.stringify(other.data)).not.toContain(s.settlementNo);
  });

  it('count neither a bill still to pay, nor a cancelled one, nor a refunded one', async () => {
    const token = signInAs(cq.personId);
    const pending = await walkIn(token, 1, false);
    expect((await check(codesOf(pending)[0] ?? '', token)).data?.status).toBe('never-sold');
    const cancelled = await callApi('POST', `/counter/settlements/${pending.id}/cancel`, {
      body: { institutionId: CQ_LEVEL_3_HOSPITAL },
      schema: settlementSchema,
    });
    expect(cancelled.status).toBe(200);
    expect((await check(codesOf(pending)[0] ?? '', token)).data?.status).toBe('never-sold');

    const paid = await walkIn(token, 1);
    const code = codesOf(paid)[0] ?? '';
    expect((await check(code, token)).data?.status).toBe('sold-once');
    const refunded = await callApi('POST', `/counter/settlements/${paid.id}/refund`, {
      body: { institutionId: CQ_LEVEL_3_HOSPITAL },
      schema: settlementSchema,
    });
    expect(refunded.status).toBe(200);
    expect((await check(code, token)).data?.status).toBe('never-sold');
  });

  it('say a box settled again (the demo control) was sold more than once, each sale listed', async () => {
    const token = signInAs(cq.personId);
    const s = await walkIn(token, 1);
    const code = codesOf(s)[0] ?? '';
    const again = await callApi('POST', `/__demo/trace-codes/${code}/resale`, {
      schema: demoTraceResaleSchema,
      idempotencyKey: null,
    });
    expect(again.status).toBe(201);
    expect(again.data?.sale).toMatchObject({ placeKind: 'pharmacy', yours: false });
    expect(again.data?.sale.placeMasked).toMatch(/\*\*/);
    const answer = await check(code, token);
    expect(answer.data?.status).toBe('sold-more');
    expect(answer.data?.sales).toHaveLength(2);
    expect(answer.data?.sales.map((x) => x.yours)).toEqual([true, false]);
    const [first, second] = answer.data?.sales ?? [];
    expect(second?.atMs).toBeGreaterThan(first?.atMs ?? Infinity);
    // The other boxes of the same bill are untouched.
    const twin = await walkIn(token, 2);
    expect((await check(codesOf(twin)[1] ?? '', token)).data?.status).toBe('sold-once');
  });

  it('refuse to settle again a box that no standing settlement sold', async () => {
    const answer = await callApi('POST', '/__demo/trace-codes/81234567890123456789/resale', {
      idempotencyKey: null,
    });
    expect(answer.status).toBe(404);
    expect(answer.error?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['19 digits', '8123456789012345678'],
    ['21 digits', '812345678901234567890'],
    ['a letter', '8123456789012345678A'],
    ['full-width digits', '８１２３４５６７８９０１２３４５６７８９'],
    ['a space', '81234 567890123456789'],
  ])('refuse a code of %s with 400 TRACE_CODE_INVALID', async (_, code) => {
    const token = signInAs(cq.personId);
    const answer = await callApi('GET', `/trace-codes/${encodeURIComponent(code)}`, { token });
    expect(answer.status).toBe(400);
    expect(answer.error?.code).toBe('TRACE_CODE_INVALID');
    const resale = await callApi('POST', `/__demo/trace-codes/${encodeURIComponent(code)}/resale`, {
      idempotencyKey: null,
    });
    expect(resale.error?.code).toBe('TRACE_CODE_INVALID');
  });

  it('need a signed-in person', async () => {
    const answer = await callApi('GET', '/trace-codes/81234567890123456789');
    expect(answer.status).toBe(401);
    expect(answer.error?.code).toBe('UNAUTHENTICATED');
  });
});
