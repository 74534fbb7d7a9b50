import { describe, expect, it } from 'vitest';
import {
  familyAccountSchema,
  familyBindingSchema,
  familyHistorySchema,
  familyOverviewSchema,
  premiumReceiptSchema,
  transferResponseSchema,
  unbindRelativeResponseSchema,
  closeFamilyAccountResponseSchema,
  familyDemoFaultSchema,
} from '@/api-contract/family';
import { reauthResponseSchema } from '@/api-contract/reauth';
import { smsCodeResponseSchema } from '@/api-contract/auth';
import { checksumChar } from '@/lib/id-number';
import { installManualClock } from '../clock';
import { readState, transact } from '../db';
import { balanceFen, PROOF_REVIEW_MS } from '../family-ledger';
import { DEMO_VOUCHER_PASSWORD, personas } from '../seed';
import { createSession } from '../sessions';
import { callApi } from '../test-utils';

const fz = personas.find((p) => p.id === 'fz-employee');
const cq = personas.find((p) => p.id === 'cq-retiree');
const ty = personas.find((p) => p.id === 'ty-employee');
if (!fz || !cq || !ty) throw new Error('personas missing');
const FATHER = fz.profile.family.find((m) => m.relation === 'father');
if (!FATHER) throw new Error('father missing');

/** 2026-11-22 10:00 in China: Fujian's main period for 2027 is open. */
const NOV_2026 = Date.parse('2026-11-22T10:00:00+08:00');

function signIn(personId: string): string {
  return transact((tx) => createSession(tx, personId)).token;
}

async function grant(token: string): Promise<string> {
  const answer = await callApi('POST', '/auth/reauth', {
    token,
    body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
    schema: reauthResponseSchema,
  });
  expect(answer.status).toBe(200);
  if (!answer.data) throw new Error('no grant');
  return answer.data.grant;
}

async function openAccount(token: string): Promise<void> {
  const answer = await callApi('POST', '/family/account', {
    token,
    body: { consent: true, reauthGrant: await grant(token) },
    schema: familyAccountSchema,
  });
  expect(answer.status).toBe(201);
}

async function bindFather(token: string): Promise<string> {
  if (!FATHER) throw new Error('father missing');
  const answer = await callApi('POST', '/family/relatives', {
    token,
    body: { relation: 'father', name: FATHER.name, idNumber: FATHER.idNumber },
    schema: familyBindingSchema,
  });
  expect(answer.status).toBe(201);
  if (!answer.data) throw new Error('not bound');
  return answer.data.id;
}

async function transfer(token: string, amountFen: number, key?: string) {
  return callApi('POST', '/family/transfers', {
    token,
    body: { amountFen, reauthGrant: await grant(token) },
    schema: transferResponseSchema,
    ...(key ? { idempotencyKey: key } : {}),
  });
}

describe('family mutual-aid account', () => {
  it('tells who may open it before anything is filled in', async () => {
    installManualClock(NOV_2026);
    const fzView = await callApi('GET', '/family', {
      token: signIn(fz.personId),
      schema: familyOverviewSchema,
    });
    expect(fzView.data?.eligibility).toEqual({ eligible: true, reasons: [] });
    expect(fzView.data?.region?.relationSource.doc).toBe('国办发〔2024〕38号');
    expect(fzView.data?.premiumYears.find((y) => y.year === 2027)).toMatchObject({
      premiumFen: 40_000,
      open: true,
      window: { kind: 'main', opensOn: '2026-09-01', closesOn: '2026-12-31' },
    });
    expect(fzView.data?.household).toHaveLength(3);
    const tyView = await callApi('GET', '/family', {
      token: signIn(ty.personId),
      schema: familyOverviewSchema,
    });
    expect(tyView.data?.eligibility).toEqual({
      eligible: false,
      reasons: ['region-not-supported'],
    });
    transact((tx) =>
      tx.persons.update(fz.personId, (p) => ({
        ...p,
        insurance: { ...p.insurance, scheme: 'resident' },
      })),
    );
    const resident = await callApi('GET', '/family', {
      token: signIn(fz.personId),
      schema: familyOverviewSchema,
    });
    expect(resident.data?.eligibility.reasons).toEqual(['not-employee']);
    const refused = await callApi('POST', '/family/account', {
      token: signIn(fz.personId),
      body: { consent: true, reauthGrant: await grant(signIn(fz.personId)) },
    });
    expect(refused.status).toBe(403);
  });

  it('needs a fresh re-authentication grant of this session to open', async () => {
    const token = signIn(fz.personId);
    const none = await callApi('POST', '/family/account', {
      token,
      body: { consent: true, reauthGrant: 'x'.repeat(32) },
    });
    expect(none.error?.code).toBe('REAUTH_REQUIRED');
    const otherSession = await grant(signIn(fz.personId));
    const stolen = await callApi('POST', '/family/account', {
      token,
      body: { consent: true, reauthGrant: otherSession },
    });
    expect(stolen.error?.code).toBe('REAUTH_REQUIRED');
    const clock = installManualClock(NOV_2026);
    const stale = await grant(token);
    clock.advance(301_000);
    const expired = await callApi('POST', '/family/account', {
      token,
      body: { consent: true, reauthGrant: stale },
    });
    expect(expired.error?.code).toBe('REAUTH_REQUIRED');
  });

  it('counts wrong voucher passwords and locks after five, saying how long', async () => {
    installManualClock(NOV_2026);
    const token = signIn(fz.personId);
    for (let i = 0; i < 4; i += 1) {
      const wrong = await callApi('POST', '/auth/reauth', {
        token,
        body: { method: 'voucher-password', password: '000000' },
      });
      expect(wrong.error?.code).toBe('REAUTH_PASSWORD_WRONG');
    }
    const locked = await callApi('POST', '/auth/reauth', {
      token,
      body: { method: 'voucher-password', password: '000000' },
    });
    expect(locked.status).toBe(423);
    expect(locked.error).toMatchObject({ code: 'REAUTH_LOCKED', retryAfterSeconds: 1800 });
    const right = await callApi('POST', '/auth/reauth', {
      token,
      body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
    });
    expect(right.error?.code).toBe('REAUTH_LOCKED');
  });

  it('re-authenticates with an SMS code sent to the own phone', async () => {
    const token = signIn(ty.personId);
    const noPassword = await callApi('POST', '/auth/reauth', {
      token,
      body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
    });
    expect(noPassword.error?.code).toBe('REAUTH_PASSWORD_NOT_SET');
    const sent = await callApi('POST', '/auth/sms-code', {
      body: { phone: ty.phone },
      schema: smsCodeResponseSchema,
    });
    const code = sent.data?.demoCode ?? '';
    const wrong = await callApi('POST', '/auth/reauth', {
      token,
      body: { method: 'sms', code: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.error?.code).toBe('SMS_CODE_WRONG');
    const right = await callApi('POST', '/auth/reauth', {
      token,
      body: { method: 'sms', code },
      schema: reauthResponseSchema,
    });
    expect(right.status).toBe(200);
  });

  it('binds a household parent at once and refuses self, twice, bad IDs and names', async () => {
    installManualClock(NOV_2026);
    const token = signIn(fz.personId);
    await openAccount(token);
    await bindFather(token);
    const bind = (body: object) => callApi('POST', '/family/relatives', { token, body });
    expect(
      (await bind({ relation: 'father', name: FATHER.name, idNumber: FATHER.idNumber })).error
        ?.code,
    ).toBe('FAMILY_RELATIVE_ALREADY_BOUND');
    expect(
      (await bind({ relation: 'sibling', name: '林晓燕', idNumber: fz.profile.idNumber })).error
        ?.code,
    ).toBe('FAMILY_RELATIVE_SELF');
    expect(
      (await bind({ relation: 'sibling', name: '林晓明', idNumber: '350102199501010011' })).error
        ?.code,
    ).toBe('ID_NUMBER_INVALID');
    expect(
      (await bind({ relation: 'sibling', name: 'Lin', idNumber: '350102199501010012' })).error
        ?.code,
    ).toBe('FAMILY_NAME_INVALID');
    // Not in the household register: a proof document is needed, then a review.
    const sibling = { relation: 'sibling', name: '林晓明', idNumber: '350102199501010012' };
    expect((await bind(sibling)).error?.code).toBe('FAMILY_PROOF_REQUIRED');
    const pending = await callApi('POST', '/family/relatives', {
      token,
      body: {
        ...sibling,
        proof: { fileName: 'hukou.jpg', mimeType: 'image/jpeg', sizeBytes: 120_000 },
      },
      schema: familyBindingSchema,
    });
    expect(pending.data).toMatchObject({ status: 'pending', verifiedBy: 'proof' });
  });

  it("applies the region's relation rule in force (Fujian 2023: parents, spouse, children)", async () => {
    installManualClock(Date.parse('2024-06-01T10:00:00+08:00'));
    const token = signIn(fz.personId);
    await openAccount(token);
    const sibling = await callApi('POST', '/family/relatives', {
      token,
      body: {
        relation: 'sibling',
        name: '林晓明',
        idNumber: '350102199501010012',
        proof: { fileName: 'a.png', mimeType: 'image/png', sizeBytes: 10 },
      },
    });
    expect(sibling.error?.code).toBe('FAMILY_RELATION_NOT_ALLOWED');
  });

  it('moves money in once per key, pays a premium once per relative-year, with a receipt', async () => {
    installManualClock(NOV_2026);
    const token = signIn(fz.personId);
    await openAccount(token);
    const fatherId = await bindFather(token);
    const tooMuch = await transfer(token, 528_074);
    expect(tooMuch.error?.code).toBe('FAMILY_INSUFFICIENT_PERSONAL');
    const first = await transfer(token, 50_000, 'intent-transfer-1');
    expect(first.status).toBe(201);
    expect(balanceFen(readState(), fz.personId, 'family')).toBe(50_000);

    const payBody = async (year: number, amountFen = 40_000) => ({
      relativeId: fatherId,
      year,
      amountFen,
      reauthGrant: await grant(token),
    });
    const closed = await callApi('POST', '/family/premiums', { token, body: await payBody(2026) });
    expect(closed.error?.code).toBe('FAMILY_WINDOW_CLOSED');
    const changed = await callApi('POST', '/family/premiums', {
      token,
      body: await payBody(2027, 38_000),
    });
    expect(changed.error?.code).toBe('FAMILY_PREMIUM_CHANGED');
    const paid = await callApi('POST', '/family/premiums', {
      token,
      body: await payBody(2027),
      schema: premiumReceiptSchema,
    });
    expect(paid.status).toBe(201);
    expect(paid.data).toMatchObject({ year: 2027, amountFen: 40_000, benefitsFrom: '2027-01-01' });
    const again = await callApi('POST', '/family/premiums', { token, body: await payBody(2027) });
    expect(again.error?.code).toBe('FAMILY_PREMIUM_ALREADY_PAID');
    const receipt = await callApi('GET', `/family/premiums/${paid.data?.id ?? ''}`, {
      token,
      schema: premiumReceiptSchema,
    });
    expect(receipt.data?.receiptNo).toBe(paid.data?.receiptNo);

    const history = await callApi('GET', '/family/history', { token, schema: familyHistorySchema });
    expect(history.data?.movements.map((m) => m.kind)).toEqual(['premium', 'transfer-in']);
    expect(history.data).toMatchObject({
      personalBalanceFen: 528_073 - 50_000,
      familyBalanceFen: 10_000,
      premiumsPaidFen: 40_000,
    });
  });

  it('replays a repeated transfer key without moving money again', async () => {
    installManualClock(NOV_2026);
    const token = signIn(fz.personId);
    await openAccount(token);
    const body = { amountFen: 12_345, reauthGrant: await grant(token) };
    const first = await callApi('POST', '/family/transfers', {
      token,
      body,
      idempotencyKey: 'k-1',
      schema: transferResponseSchema,
    });
    const second = await callApi('POST', '/family/transfers', {
      token,
      body,
      idempotencyKey: 'k-1',
      schema: transferResponseSchema,
    });
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(second.data).toEqual(first.data);
    expect(balanceFen(readState(), fz.personId, 'family')).toBe(12_345);
  });

  it('refuses to pay for an employee-insured relative as a resident', async () => {
    installManualClock(NOV_2026);
    const token = signIn(cq.personId);
    await openAccount(token);
    const spouse = cq.profile.family[0];
    if (!spouse) throw new Error('no spouse');
    const bound = await callApi('POST', '/family/relatives', {
      token,
      body: { relation: 'spouse', name: spouse.name, idNumber: spouse.idNumber },
      schema: familyBindingSchema,
    });
    expect(bound.data?.scheme).toBe('employee');
    await transfer(token, 40_000);
    const pay = await callApi('POST', '/family/premiums', {
      token,
      body: {
        relativeId: bound.data?.id,
        year: 2027,
        amountFen: 40_000,
        reauthGrant: await grant(token),
      },
    });
    expect(pay.error?.code).toBe('FAMILY_RELATIVE_EMPLOYEE_INSURED');
  });

  it('verifies a proof after review, refunds unstarted premiums on unbind, returns on close', async () => {
    const clock = installManualClock(NOV_2026);
    const token = signIn(fz.personId);
    await openAccount(token);
    const fatherId = await bindFather(token);
    await transfer(token, 100_000);
    await callApi('POST', '/family/premiums', {
      token,
      body: {
        relativeId: fatherId,
        year: 2027,
        amountFen: 40_000,
        reauthGrant: await grant(token),
      },
      schema: premiumReceiptSchema,
    });
    const sibling = await callApi('POST', '/family/relatives', {
      token,
      body: {
        relation: 'sibling',
        name: '林晓明',
        idNumber: '350102199501010012',
        proof: { fileName: 'a.png', mimeType: 'image/png', sizeBytes: 10 },
      },
      schema: familyBindingSchema,
    });
    clock.advance(PROOF_REVIEW_MS);
    const overview = await callApi('GET', '/family', { token, schema: familyOverviewSchema });
    expect(overview.data?.relatives.find((r) => r.id === sibling.data?.id)?.status).toBe(
      'verified',
    );

    const unbound = await callApi('DELETE', `/family/relatives/${fatherId}`, {
      token,
      schema: unbindRelativeResponseSchema,
    });
    expect(unbound.data?.refundedFen).toBe(40_000);
    expect(balanceFen(readState(), fz.personId, 'family')).toBe(100_000);
    const closed = await callApi('POST', '/family/account/close', {
      token,
      body: { reauthGrant: await grant(token) },
      schema: closeFamilyAccountResponseSchema,
    });
    expect(closed.data).toEqual({ returnedFen: 100_000, refundedFen: 0 });
    expect(balanceFen(readState(), fz.personId, 'personal')).toBe(528_073);
    const history = await callApi('GET', '/family/history', { token, schema: familyHistorySchema });
    expect(history.data?.movements.map((m) => [m.kind, m.status])).toEqual([
      ['return', 'done'],
      ['refund', 'done'],
      ['premium', 'refunded'],
      ['transfer-in', 'done'],
    ]);
  });

  it("the demo's one-shot fault does the transfer, loses its answer, and a retry replays it", async () => {
    installManualClock(NOV_2026);
    const token = signIn(fz.personId);
    await openAccount(token);
    const armed = await callApi('POST', '/__demo/family/lose-next-answer', {
      schema: familyDemoFaultSchema,
      idempotencyKey: null,
    });
    expect(armed.data).toEqual({ loseNextAnswer: true });
    const body = { amountFen: 30_000, reauthGrant: await grant(token) };
    await expect(
      callApi('POST', '/family/transfers', { token, body, idempotencyKey: 'lost-1' }),
    ).rejects.toThrow();
    expect(balanceFen(readState(), fz.personId, 'family')).toBe(30_000);
    const retry = await callApi('POST', '/family/transfers', {
      token,
      body,
      idempotencyKey: 'lost-1',
      schema: transferResponseSchema,
    });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(balanceFen(readState(), fz.personId, 'family')).toBe(30_000);
  });

  it("stops at the region's limit of relatives", async () => {
    installManualClock(NOV_2026);
    const token = signIn(fz.personId);
    await openAccount(token);
    const proof = { fileName: 'a.png', mimeType: 'image/png', sizeBytes: 10 };
    const names = ['林一', '林二', '林三', '林四', '林五', '林六', '林七'];
    const answers = [];
    for (const [index, name] of names.entries()) {
      const first17 = `3501021990010100${index}`.padEnd(17, '1');
      answers.push(
        await callApi('POST', '/family/relatives', {
          token,
          body: { relation: 'sibling', name, idNumber: first17 + checksumChar(first17), proof },
          schema: familyBindingSchema,
        }),
      );
    }
    expect(answers.slice(0, 6).every((a) => a.status === 201)).toBe(true);
    expect(answers[6]?.error?.code).toBe('FAMILY_RELATIVE_LIMIT');
  });
});
