import { describe, expect, it } from 'vitest';
import { memberRecordsSchema, recordsSchema } from '@/api-contract/records';
import { reauthResponseSchema } from '@/api-contract/reauth';
import { counterVisitSchema, settlementSchema } from '@/api-contract/settlement';
import { voucherCodeSchema } from '@/api-contract/voucher';
import { readState, transact } from '../db';
import { balanceFen } from '../family-ledger';
import { chinaYear } from '../records';
import { DEMO_VOUCHER_PASSWORD, personas } from '../seed';
import { createSession } from '../sessions';
import { callApi } from '../test-utils';

const cq = personas.find((p) => p.id === 'cq-retiree');
const fz = personas.find((p) => p.id === 'fz-employee');
if (!cq || !fz) throw new Error('personas missing');
const METFORMIN = 'XA10BAM048A001010100811';

const signIn = (personId: string) => transact((tx) => createSession(tx, personId)).token;

async function walkInPaid(token: string, quantity: number) {
  const code = await callApi('POST', '/voucher/code', {
    token,
    body: {},
    schema: voucherCodeSchema,
  });
  const visit = await callApi('POST', '/counter/visits', {
    body: { institutionId: 'hs-cq-3', ecToken: code.data?.ecToken },
    schema: counterVisitSchema,
  });
  const billed = await callApi('POST', `/counter/visits/${visit.data?.id}/settlements`, {
    body: { prescriptionId: null, items: [{ drugCode: METFORMIN, quantity, unitPriceFen: 1_280 }] },
    schema: settlementSchema,
  });
  const s = billed.data;
  if (!s) throw new Error('not billed');
  const grant = await callApi('POST', '/auth/reauth', {
    token,
    body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
    schema: reauthResponseSchema,
  });
  const paid = await callApi('POST', `/settlements/${s.id}/pay`, {
    token,
    body: {
      channel: s.cashFen > 0 ? 'wechat' : null,
      cashFen: s.cashFen,
      reauthGrant: grant.data?.grant,
    },
    schema: settlementSchema,
  });
  expect(paid.status).toBe(200);
  return s;
}

describe('medical-expense records', () => {
  it('start the year with its monthly credits and what was carried over, summing to the balance', async () => {
    const token = signIn(cq.personId);
    const answer = await callApi('GET', '/records', { token, schema: recordsSchema });
    const r = answer.data;
    if (!r) throw new Error('no records');
    expect(r.year).toBe(chinaYear(Date.now()));
    const credits = r.entries.filter((e) => e.kind === 'credit');
    // 张建国 is 70 or over: 115 元 each month (渝医保发〔2023〕32号 第九条), up to this month.
    expect(credits).toHaveLength(new Date(Date.now() + 8 * 3_600_000).getUTCMonth() + 1);
    expect(credits.every((c) => c.accountFen === 11_500)).toBe(true);
    expect(r.totals.accountCreditedFen).toBe(credits.length * 11_500);
    const sum = r.entries.reduce((a, e) => a + e.accountFen, 0);
    expect(sum).toBe(balanceFen(readState(), cq.personId, 'personal'));
    expect(r.totals).toMatchObject({ settlementCount: 0, deductibleFen: 10_000, capFen: 400_000 });
  });

  it('add each settlement with its split, the deductible and cap it used, and its refund', async () => {
    const token = signIn(cq.personId);
    const a = await walkInPaid(token, 2);
    const b = await walkInPaid(token, 40);
    const r = (await callApi('GET', '/records', { token, schema: recordsSchema })).data;
    if (!r) throw new Error('no records');
    const bills = r.entries.filter((e) => e.kind === 'settlement');
    expect(bills.map((e) => e.settlement?.id)).toEqual([b.id, a.id]);
    expect(r.totals.settlementCount).toBe(2);
    expect(r.totals.totalFen).toBe(a.totalFen + b.totalFen);
    expect(r.totals.fundFen).toBe(a.fundFen + b.fundFen);
    expect(r.totals.accountSpentFen).toBe(a.accountFen + b.accountFen);
    expect(r.totals.deductibleUsedFen).toBe(10_000);
    expect(r.totals.capUsedFen).toBe(a.fundFen + b.fundFen);
    expect(bills[0]?.accountFen).toBe(-b.accountFen);

    const refund = await callApi('POST', `/counter/settlements/${b.id}/refund`, {
      body: { institutionId: 'hs-cq-3' },
      schema: settlementSchema,
    });
    expect(refund.status).toBe(200);
    const after = (await callApi('GET', '/records', { token, schema: recordsSchema })).data;
    expect(after?.totals.settlementCount).toBe(1);
    expect(after?.entries.find((e) => e.kind === 'refund')?.accountFen).toBe(b.accountFen);
    const sum = after?.entries.reduce((s, e) => s + e.accountFen, 0);
    expect(sum).toBe(balanceFen(readState(), cq.personId, 'personal'));
  });

  it('refuse a year to come, or one that is not a year', async () => {
    const token = signIn(cq.personId);
    const next = chinaYear(Date.now()) + 1;
    expect((await callApi('GET', `/records?year=${next}`, { token })).status).toBe(400);
    expect((await callApi('GET', '/records?year=20x6', { token })).status).toBe(400);
    const past = await callApi('GET', `/records?year=${next - 2}`, {
      token,
      schema: recordsSchema,
    });
    expect(past.data?.entries).toEqual([]);
  });

  it('show a proxy member’s records only through that link', async () => {
    const cqToken = signIn(cq.personId);
    await walkInPaid(cqToken, 2);
    // 林晓燕 adds 张建国 to her proxy account (the store holds the face check's pass).
    const member = transact((tx) =>
      tx.proxyMembers.insert({
        id: 'pm-test-1',
        personId: fz.personId,
        relation: 'father',
        name: cq.profile.name,
        idNumber: cq.profile.idNumber,
        birthDate: cq.profile.birthDate,
        regionCode: '500000',
        regionName: '重庆市',
        consent: 'face-check',
        documentKind: null,
        documentBytes: null,
        activatedAtMs: null,
        addedAtMs: Date.now(),
      }),
    );
    const fzToken = signIn(fz.personId);
    const seen = await callApi('GET', `/voucher/family/${member.id}/records`, {
      token: fzToken,
      schema: memberRecordsSchema,
    });
    expect(seen.status).toBe(200);
    expect(seen.data?.member).toMatchObject({
      name: '张*国',
      consent: 'face-check',
      insuredHere: true,
    });
    expect(seen.data?.records.totals.settlementCount).toBe(1);
    // Not his link: another person asking for the same member is refused.
    const other = await callApi('GET', `/voucher/family/${member.id}/records`, { token: cqToken });
    expect(other.status).toBe(404);
    transact((tx) => tx.proxyMembers.delete(member.id));
    const gone = await callApi('GET', `/voucher/family/${member.id}/records`, { token: fzToken });
    expect(gone.status).toBe(404);
  });
});
