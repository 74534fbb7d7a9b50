import { describe, expect, it } from 'vitest';
import { memberRecordsSchema, recordsSchema } from '@/api-contract/records';
import { settlementSchema } from '@/api-contract/settlement';
import { readState, transact } from '../db';
import { balanceFen } from '../family-ledger';
import { chinaYear } from '../records';
import { personas } from '../seed';
import { callApi } from '../test-utils';
import { signInAs, walkIn } from '../counter-test-utils';

const cq = personas.find((p) => p.id === 'cq-retiree');
const fz = personas.find((p) => p.id === 'fz-employee');
if (!cq || !fz) throw new Error('personas missing');

describe('medical-expense records', () => {
  it('start the year with its monthly credits and what was carried over, summing to the balance', async () => {
    const token = signInAs(cq.personId);
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
    const token = signInAs(cq.personId);
    const a = await walkIn(token, 2);
    const b = await walkIn(token, 40);
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
    const token = signInAs(cq.personId);
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
    const cqToken = signInAs(cq.personId);
    await walkIn(cqToken, 2);
    // 林晓燕 adds 张建国 to her proxy account (the store holds the face check's pass).
    const member = transact((tx) =>
      tx.proxyMembers.insert({
        id: 'pm-0000000000000001',
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
    const fzToken = signInAs(fz.personId);
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
