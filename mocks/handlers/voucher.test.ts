import { describe, expect, it } from 'vitest';
import { demoStateSchema } from '@/api-contract/demo';
import { sessionSchema } from '@/api-contract/auth';
import {
  demoVoucherSettingsSchema,
  faceCheckResultSchema,
  identityCheckResponseSchema,
  proxyMemberSchema,
  proxyMembersSchema,
  verifyCodeResponseSchema,
  voucherCodeSchema,
  voucherStatusSchema,
  type FaceFailureReason,
} from '@/api-contract/voucher';
import { checksumChar } from '@/lib/id-number';
import { installManualClock } from '../clock';
import { readState, transact } from '../db';
import { DEMO_VOUCHER_PASSWORD, personas } from '../seed';
import { callApi } from '../test-utils';
import { verifyVoucherPassword } from '../voucher-password';

const FRAME = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD';
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';

const ty = personas.find((p) => p.id === 'ty-employee');
const fz = personas.find((p) => p.id === 'fz-employee');
if (!ty || !fz) throw new Error('personas missing');

async function signInAs(personaId: string): Promise<string> {
  const result = await callApi('POST', '/__demo/persona', {
    body: { personaId },
    schema: sessionSchema,
  });
  if (!result.data) throw new Error('no session');
  return result.data.token;
}

/** A valid ID for someone born on `yyyymmdd` (sequence 123: male). */
function idFor(yyyymmdd: string, region = '350102', sequence = '123'): string {
  const first17 = `${region}${yyyymmdd}${sequence}`;
  return first17 + checksumChar(first17);
}

async function faceCheck(token: string, idNumber: string) {
  const result = await callApi('POST', '/voucher/face-check', {
    token,
    body: { idNumber, image: FRAME },
    schema: faceCheckResultSchema,
  });
  return result;
}

async function setNextFailure(reason: FaceFailureReason | null, tokenLifetimeSeconds = 30) {
  return callApi('PUT', '/__demo/voucher', {
    body: { nextFaceFailure: reason, tokenLifetimeSeconds },
    schema: demoVoucherSettingsSchema,
  });
}

describe('activation', () => {
  const { name, idNumber } = ty.profile;

  it('shows the Taiyuan persona as not activated with a current and a stale region', async () => {
    const token = await signInAs('ty-employee');
    const status = await callApi('GET', '/voucher', { token, schema: voucherStatusSchema });
    expect(status.data).toMatchObject({ activated: false, regionCode: null });
    expect(status.data?.regions.map((r) => [r.code, r.status])).toEqual([
      ['140100', 'current'],
      ['140700', 'stale'],
    ]);
  });

  it('checks the identity against the record, and the ID checksum', async () => {
    const token = await signInAs('ty-employee');
    const okAnswer = await callApi('POST', '/voucher/activation/identity', {
      token,
      body: { name, idNumber },
      schema: identityCheckResponseSchema,
    });
    expect(okAnswer.data?.regions).toHaveLength(2);
    const wrongName = await callApi('POST', '/voucher/activation/identity', {
      token,
      body: { name: '王志刚', idNumber },
    });
    expect(wrongName.error?.code).toBe('VOUCHER_IDENTITY_MISMATCH');
    const badDigit = `${idNumber.slice(0, 17)}${idNumber.endsWith('1') ? '2' : '1'}`;
    const wrongDigit = await callApi('POST', '/voucher/activation/identity', {
      token,
      body: { name, idNumber: badDigit },
    });
    expect(wrongDigit.error?.code).toBe('ID_NUMBER_INVALID');
  });

  it('activates with a passed face check, stores the password and marks the check used', async () => {
    const token = await signInAs('ty-employee');
    const check = await faceCheck(token, idNumber);
    expect(check.data?.passed).toBe(true);
    const faceCheckId = check.data?.faceCheckId ?? '';
    const answer = await callApi('POST', '/voucher/activation', {
      token,
      body: { name, idNumber, regionCode: '140100', faceCheckId, password: '580314' },
      schema: voucherStatusSchema,
    });
    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({
      activated: true,
      regionCode: '140100',
      regionName: '太原市',
      regionConfirmed: true,
    });
    expect(transact((tx) => verifyVoucherPassword(tx, ty.personId, '580314'))).toEqual({
      ok: true,
    });
    expect(readState().faceChecks.get(faceCheckId)?.usedAtMs).not.toBeNull();
    // The used check cannot activate again (nor anything else).
    const again = await callApi('POST', '/voucher/activation', {
      token,
      body: { name, idNumber, regionCode: '140100', faceCheckId, password: '580314' },
    });
    expect(again.error?.code).toBe('VOUCHER_ALREADY_ACTIVATED');
  });

  it.each([
    ['a stale region', { regionCode: '140700' }, 'VOUCHER_REGION_STALE'],
    ['a region that is not theirs', { regionCode: '350100' }, 'VOUCHER_REGION_INVALID'],
    ['a weak password', { password: '123456' }, 'VOUCHER_PASSWORD_WEAK'],
    ['the birth date as password', { password: '881005' }, 'VOUCHER_PASSWORD_WEAK'],
    ['a repeated pair as password', { password: '121212' }, 'VOUCHER_PASSWORD_WEAK'],
    ['a repeated triple as password', { password: '123123' }, 'VOUCHER_PASSWORD_WEAK'],
    ['doubled digits as password', { password: '112233' }, 'VOUCHER_PASSWORD_WEAK'],
    ['the ID’s last six digits as password', { password: '050531' }, 'VOUCHER_PASSWORD_WEAK'],
    ['another name', { name: '王小明' }, 'VOUCHER_IDENTITY_MISMATCH'],
    ['an unknown face check', { faceCheckId: 'fc-nope' }, 'FACE_CHECK_REQUIRED'],
  ])('refuses %s and changes nothing', async (_what, change, code) => {
    const token = await signInAs('ty-employee');
    const check = await faceCheck(token, idNumber);
    const before = readState();
    const answer = await callApi('POST', '/voucher/activation', {
      token,
      body: {
        name,
        idNumber,
        regionCode: '140100',
        faceCheckId: check.data?.faceCheckId,
        password: '580314',
        ...change,
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.error?.code).toBe(code);
    const after = readState();
    expect(after.vouchers.all()).toEqual(before.vouchers.all());
    expect(after.voucherPasswords.all()).toEqual(before.voucherPasswords.all());
    expect(after.faceChecks.all()).toEqual(before.faceChecks.all());
  });

  it('refuses a face check that failed, or is older than five minutes', async () => {
    const clock = installManualClock(Date.parse('2026-11-22T10:00:00+08:00'));
    const token = await signInAs('ty-employee');
    await setNextFailure('covered');
    const failed = await faceCheck(token, idNumber);
    expect(failed.data).toMatchObject({ passed: false, reason: 'covered' });
    const body = { name, idNumber, regionCode: '140100', password: '580314' };
    const withFailed = await callApi('POST', '/voucher/activation', {
      token,
      body: { ...body, faceCheckId: failed.data?.faceCheckId },
    });
    expect(withFailed.error?.code).toBe('FACE_CHECK_REQUIRED');
    const passed = await faceCheck(token, idNumber);
    expect(passed.data?.passed).toBe(true);
    clock.advance(301_000);
    const late = await callApi('POST', '/voucher/activation', {
      token,
      body: { ...body, faceCheckId: passed.data?.faceCheckId },
    });
    expect(late.error?.code).toBe('FACE_CHECK_REQUIRED');
  });
});

describe('face-check faults from the demo console', () => {
  it.each(['too-dark', 'no-face', 'covered', 'mismatch'] as const)(
    'fails the next check only with %s',
    async (reason) => {
      const token = await signInAs('ty-employee');
      const set = await setNextFailure(reason);
      expect(set.data?.nextFaceFailure).toBe(reason);
      const first = await faceCheck(token, ty.profile.idNumber);
      expect(first.data).toMatchObject({ passed: false, reason });
      const second = await faceCheck(token, ty.profile.idNumber);
      expect(second.data).toMatchObject({ passed: true, reason: null });
      const settings = await callApi('GET', '/__demo/voucher', {
        schema: demoVoucherSettingsSchema,
      });
      expect(settings.data?.nextFaceFailure).toBeNull();
    },
  );

  it('is cleared by a demo reset', async () => {
    await setNextFailure('no-face');
    await callApi('POST', '/__demo/reset', { schema: demoStateSchema, idempotencyKey: null });
    const settings = await callApi('GET', '/__demo/voucher', { schema: demoVoucherSettingsSchema });
    expect(settings.data).toEqual({ nextFaceFailure: null, tokenLifetimeSeconds: 30 });
  });
});

describe('codes', () => {
  it('issues a 30-second token, accepts it once, refuses reuse and expiry', async () => {
    const clock = installManualClock(Date.parse('2026-11-22T10:00:00+08:00'));
    const token = await signInAs('fz-employee');
    const issued = await callApi('POST', '/voucher/code', {
      token,
      body: {},
      schema: voucherCodeSchema,
    });
    const code = issued.data;
    if (!code) throw new Error('no code');
    expect(code).toMatchObject({
      regionCode: '350100',
      regionName: '福州市',
      holderName: '林*燕',
      holderIdNumber: '350102********0261',
      memberRelation: null,
      lifetimeSeconds: 30,
    });
    expect(code.expiresAtMs - code.issuedAtMs).toBe(30_000);
    const verified = await callApi('POST', '/voucher/verify', {
      body: { ecToken: code.ecToken },
      schema: verifyCodeResponseSchema,
    });
    expect(verified.data).toMatchObject({ valid: true, holderName: '林*燕' });
    const reused = await callApi('POST', '/voucher/verify', { body: { ecToken: code.ecToken } });
    expect([reused.status, reused.error?.code]).toEqual([409, 'VOUCHER_TOKEN_USED']);

    const next = await callApi('POST', '/voucher/code', {
      token,
      body: {},
      schema: voucherCodeSchema,
    });
    expect(next.data?.ecToken).not.toBe(code.ecToken);
    clock.advance(30_000);
    const expired = await callApi('POST', '/voucher/verify', {
      body: { ecToken: next.data?.ecToken },
    });
    expect([expired.status, expired.error?.code]).toEqual([410, 'VOUCHER_TOKEN_EXPIRED']);
    const unknown = await callApi('POST', '/voucher/verify', { body: { ecToken: 'NOPE' } });
    expect(unknown.status).toBe(404);
  });

  it('uses the configured lifetime', async () => {
    await setNextFailure(null, 90);
    const token = await signInAs('fz-employee');
    const issued = await callApi('POST', '/voucher/code', {
      token,
      body: {},
      schema: voucherCodeSchema,
    });
    expect(issued.data?.lifetimeSeconds).toBe(90);
  });

  it('refuses a person who has not activated', async () => {
    const token = await signInAs('ty-employee');
    const answer = await callApi('POST', '/voucher/code', { token, body: {} });
    expect([answer.status, answer.error?.code]).toEqual([409, 'VOUCHER_NOT_ACTIVATED']);
  });

  it('keeps the tokens table small', async () => {
    const clock = installManualClock(Date.parse('2026-11-22T10:00:00+08:00'));
    const token = await signInAs('fz-employee');
    for (let i = 0; i < 5; i += 1) {
      await callApi('POST', '/voucher/code', { token, body: {}, schema: voucherCodeSchema });
      clock.advance(5 * 60_000);
    }
    expect(readState().voucherTokens.all().length).toBeLessThanOrEqual(3);
  });
});

describe('family proxy account', () => {
  const parentId = idFor('19600312', '350181', '315');
  const childId = idFor('20180901', '350102', '226');

  async function addParent(token: string, idNumber = parentId) {
    const check = await faceCheck(token, idNumber);
    return callApi('POST', '/voucher/family', {
      token,
      body: { relation: 'father', name: '林大山', idNumber, faceCheckId: check.data?.faceCheckId },
      schema: proxyMemberSchema,
    });
  }

  it('adds a parent with their face check and a child with guardian documents', async () => {
    const token = await signInAs('fz-employee');
    const parent = await addParent(token);
    expect(parent.status).toBe(201);
    expect(parent.data).toMatchObject({ consent: 'face-check', activated: false });
    const child = await callApi('POST', '/voucher/family', {
      token,
      body: {
        relation: 'child',
        name: '林小禾',
        idNumber: childId,
        guardian: { documentKind: 'birth-certificate', image: PNG, undertakingAccepted: true },
      },
      schema: proxyMemberSchema,
    });
    expect(child.data).toMatchObject({ consent: 'guardian', regionName: '福州市' });
    // The image itself is not kept.
    const stored = readState().proxyMembers.get(child.data?.id ?? '');
    expect(stored?.documentKind).toBe('birth-certificate');
    expect(JSON.stringify(stored)).not.toContain('iVBOR');
    const list = await callApi('GET', '/voucher/family', { token, schema: proxyMembersSchema });
    expect(list.data?.members).toHaveLength(2);
    expect(list.data?.maxMembers).toBe(5);
    // The family mutual-aid household is another thing: untouched.
    expect(readState().relatives.where('personId', fz.personId)).toHaveLength(3);
  });

  it('activates a member, shows their code, and a removed member’s code stops working', async () => {
    const token = await signInAs('fz-employee');
    const parent = await addParent(token);
    const memberId = parent.data?.id ?? '';
    const before = await callApi('POST', '/voucher/code', { token, body: { memberId } });
    expect(before.error?.code).toBe('VOUCHER_NOT_ACTIVATED');
    const activated = await callApi('POST', `/voucher/family/${memberId}/activation`, {
      token,
      schema: proxyMemberSchema,
    });
    expect(activated.data?.activated).toBe(true);
    const again = await callApi('POST', `/voucher/family/${memberId}/activation`, { token });
    expect(again.error?.code).toBe('VOUCHER_ALREADY_ACTIVATED');
    const code = await callApi('POST', '/voucher/code', {
      token,
      body: { memberId },
      schema: voucherCodeSchema,
    });
    expect(code.data).toMatchObject({ holderName: '林*山', memberRelation: 'father' });
    const removed = await callApi('DELETE', `/voucher/family/${memberId}`, { token });
    expect(removed.status).toBe(204);
    const scan = await callApi('POST', '/voucher/verify', {
      body: { ecToken: code.data?.ecToken },
    });
    expect(scan.status).toBe(404);
    const gone = await callApi('DELETE', `/voucher/family/${memberId}`, { token });
    expect(gone.status).toBe(404);
  });

  it('refuses the person themselves, a duplicate, a bad ID, missing consent and a 6th member', async () => {
    const token = await signInAs('fz-employee');
    const self = await callApi('POST', '/voucher/family', {
      token,
      body: { relation: 'spouse', name: '林晓燕', idNumber: fz.profile.idNumber },
    });
    expect(self.error?.code).toBe('PROXY_MEMBER_SELF');
    await addParent(token);
    const duplicate = await addParent(token);
    expect(duplicate.error?.code).toBe('PROXY_MEMBER_DUPLICATE');
    const bad = await callApi('POST', '/voucher/family', {
      token,
      body: {
        relation: 'mother',
        name: '陈美玉',
        idNumber: `${parentId.slice(0, 17)}${parentId.endsWith('0') ? '1' : '0'}`,
      },
    });
    expect(bad.error?.code).toBe('ID_NUMBER_INVALID');
    const noConsent = await callApi('POST', '/voucher/family', {
      token,
      body: { relation: 'mother', name: '陈美玉', idNumber: idFor('19650228', '350181', '488') },
    });
    expect(noConsent.error?.code).toBe('PROXY_CONSENT_MISSING');
    const childNoDocs = await callApi('POST', '/voucher/family', {
      token,
      body: { relation: 'child', name: '林小禾', idNumber: childId },
    });
    expect(childNoDocs.error?.code).toBe('PROXY_CONSENT_MISSING');
    // Someone else's face check does not confirm this member.
    const otherCheck = await faceCheck(token, idFor('19700101', '350181', '111'));
    const wrongCheck = await callApi('POST', '/voucher/family', {
      token,
      body: {
        relation: 'mother',
        name: '陈美玉',
        idNumber: idFor('19650228', '350181', '488'),
        faceCheckId: otherCheck.data?.faceCheckId,
      },
    });
    expect(wrongCheck.error?.code).toBe('FACE_CHECK_REQUIRED');

    for (const [i, birth] of ['19610101', '19620202', '19630303', '19640404'].entries()) {
      const added = await addParent(token, idFor(birth, '350181', `${31 + i}1`));
      expect(added.status).toBe(201);
    }
    const sixth = await addParent(token, idFor('19660606', '350181', '771'));
    expect([sixth.status, sixth.error?.code]).toEqual([409, 'PROXY_MEMBER_LIMIT']);
    expect(readState().proxyMembers.where('personId', fz.personId)).toHaveLength(5);
  });

  it('counts a member’s age and birth date by China’s day, not the machine’s (issue 22)', async () => {
    // 01:00 on the 23rd in China is still the 22nd in UTC and everywhere west of it.
    installManualClock(Date.parse('2026-11-23T01:00:00+08:00'));
    const token = await signInAs('fz-employee');
    const sixteenToday = await addParent(token, idFor('20101123', '350102', '128'));
    expect([sixteenToday.status, sixteenToday.data?.consent]).toEqual([201, 'face-check']);
    const bornToday = await callApi('POST', '/voucher/family', {
      token,
      body: {
        relation: 'child',
        name: '林小禾',
        idNumber: idFor('20261123', '350102', '226'),
        guardian: { documentKind: 'birth-certificate', image: PNG, undertakingAccepted: true },
      },
      schema: proxyMemberSchema,
    });
    expect([bornToday.status, bornToday.data?.birthDate]).toEqual([201, '2026-11-23']);

    // 22:00 on the 22nd in China is already the 23rd east of it: the member is still 15.
    installManualClock(Date.parse('2026-11-22T22:00:00+08:00'));
    const fifteen = await addParent(token, idFor('20101123', '350102', '136'));
    expect(fifteen.error?.code).toBe('PROXY_CONSENT_MISSING');
  });

  it('keeps members per person', async () => {
    const fzToken = await signInAs('fz-employee');
    const parent = await addParent(fzToken);
    const cqToken = await signInAs('cq-retiree');
    const list = await callApi('GET', '/voucher/family', {
      token: cqToken,
      schema: proxyMembersSchema,
    });
    expect(list.data?.members).toEqual([]);
    const steal = await callApi('DELETE', `/voucher/family/${parent.data?.id ?? ''}`, {
      token: cqToken,
    });
    expect(steal.status).toBe(404);
  });
});

describe('seeded passwords stay', () => {
  it('keeps the demo password for activated personas', () => {
    expect(transact((tx) => verifyVoucherPassword(tx, fz.personId, DEMO_VOUCHER_PASSWORD))).toEqual(
      { ok: true },
    );
  });
});
