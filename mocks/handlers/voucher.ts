import { endpoints } from '@/api-contract/endpoints';
import {
  activationResultSchema,
  ageOn,
  demoVoucherSettingsSchema,
  FACE_CHECK_VALID_SECONDS,
  faceCheckResultSchema,
  identityCheckResponseSchema,
  passwordProblem,
  PROXY_MEMBERS_MAX,
  PROXY_SELF_CONSENT_AGE,
  proxyMemberActivationSchema,
  proxyMemberSchema,
  proxyMembersSchema,
  VOUCHER_TOKEN_LIFETIME_SECONDS,
  verifyCodeResponseSchema,
  voucherCodeSchema,
  voucherStatusSchema,
  type DemoVoucherSettings,
  type InsuredRegion,
  type ProxyMember,
  type VoucherStatus,
} from '@/api-contract/voucher';
import { validateIdNumber } from '@/lib/id-number';
import { maskIdNumber, maskName } from '@/lib/mask';
import { chinaToday, now } from '../clock';
import { fail, noContent, ok, type Answer } from '../http-utils';
import { newRandomId } from '../ids';
import { randomHex } from '../random';
import { route } from '../route';
import type { ProxyMemberRecord } from '../store/records';
import type { StoreState, Tx } from '../store/store';
import type { DeepReadonly } from '../store/table';
import { setVoucherPassword } from '../voucher-password';

/*
 * The e-voucher's demo backend (docs/decisions/010): activation state per person (the
 * `vouchers` table), insured regions, face checks, short-lived codes and the family proxy
 * account (`proxyMembers`, not the mutual-aid household in `relatives`).
 */

type View = StoreState | Tx;

/** Issued codes are kept this long past their expiry, so a late scan is told "expired". */
const SPENT_TOKEN_KEEP_MS = 10 * 60_000;

export function voucherSettings(view: View): DemoVoucherSettings {
  const row = view.voucherSettings.get('current');
  return {
    nextFaceFailure: row?.nextFaceFailure ?? null,
    tokenLifetimeSeconds: row?.tokenLifetimeSeconds ?? VOUCHER_TOKEN_LIFETIME_SECONDS,
  };
}

function personOf(view: View, personId: string) {
  const person = view.persons.get(personId);
  if (person === undefined) throw new Error(`no person ${personId}`);
  return person;
}

/** The person's insured regions; someone without rows is insured where the profile says. */
export function regionsOf(view: View, personId: string): InsuredRegion[] {
  const rows = view.insuredRegions.where('personId', personId);
  if (rows.length > 0) {
    return rows.map(({ code, name, status, updatedOn }) => ({ code, name, status, updatedOn }));
  }
  const { insurance } = personOf(view, personId);
  return [
    {
      code: insurance.regionCode,
      name: insurance.regionName,
      status: 'current',
      updatedOn: chinaToday(),
    },
  ];
}

function activeVoucher(view: View, personId: string) {
  return view.vouchers.where('personId', personId).find((v) => v.status === 'active');
}

function statusOf(view: View, personId: string): VoucherStatus {
  const regions = regionsOf(view, personId);
  const voucher = activeVoucher(view, personId);
  const region = voucher ? regions.find((r) => r.code === voucher.regionCode) : undefined;
  return {
    activated: voucher !== undefined,
    regionCode: voucher?.regionCode ?? null,
    regionName: voucher ? (region?.name ?? personOf(view, personId).insurance.regionName) : null,
    regionConfirmed: region?.status === 'current',
    regions,
  };
}

// A few prefecture codes the demo knows by name; other members are shown in the person's region.
const KNOWN_REGIONS: Readonly<Record<string, string>> = {
  '1401': '太原市',
  '1407': '晋中市',
  '3501': '福州市',
  '3502': '厦门市',
  '5001': '重庆市',
  '5002': '重庆市',
};

function memberRegion(view: View, personId: string, idNumber: string) {
  const prefix = idNumber.slice(0, 4);
  const name = KNOWN_REGIONS[prefix];
  if (name !== undefined) {
    return { regionCode: prefix.startsWith('500') ? '500000' : `${prefix}00`, regionName: name };
  }
  const { insurance } = personOf(view, personId);
  return { regionCode: insurance.regionCode, regionName: insurance.regionName };
}

function memberOf(record: DeepReadonly<ProxyMemberRecord>): ProxyMember {
  return {
    id: record.id,
    relation: record.relation,
    name: record.name,
    idNumber: record.idNumber,
    birthDate: record.birthDate,
    regionCode: record.regionCode,
    regionName: record.regionName,
    consent: record.consent,
    activated: record.activatedAtMs !== null,
    addedAtMs: record.addedAtMs,
  };
}

/**
 * A face check the caller may quote: run by this person, of this ID, passed, not used and
 * recent. Returns its id, or null.
 */
function usableFaceCheck(tx: Tx, personId: string, faceCheckId: string, idNumber: string) {
  const check = tx.faceChecks.get(faceCheckId);
  if (
    check === undefined ||
    check.personId !== personId ||
    check.idNumber !== idNumber ||
    !check.passed ||
    check.usedAtMs !== null ||
    now() - check.atMs > FACE_CHECK_VALID_SECONDS * 1000
  ) {
    return null;
  }
  return check.id;
}

function invalidId(idNumber: string): Answer | null {
  return validateIdNumber(idNumber, { today: chinaToday() }).valid
    ? null
    : fail('ID_NUMBER_INVALID', { message: 'The ID number fails GB 11643' });
}

function identityMismatch(tx: Tx, personId: string, name: string, idNumber: string) {
  const person = personOf(tx, personId);
  return person.name === name && person.idNumber === idNumber
    ? null
    : fail('VOUCHER_IDENTITY_MISMATCH', {
        message: 'Name and ID do not match the insurance record',
      });
}

function pruneTokens(tx: Tx, at: number): void {
  for (const token of tx.voucherTokens.all()) {
    if (token.expiresAtMs + SPENT_TOKEN_KEEP_MS < at) tx.voucherTokens.delete(token.id);
  }
}

export const voucherHandlers = [
  route(endpoints.getVoucherStatus, ({ tx, session }) =>
    ok(voucherStatusSchema, statusOf(tx, session.personId)),
  ),

  route(endpoints.checkVoucherIdentity, ({ tx, session, body }) => {
    if (activeVoucher(tx, session.personId)) {
      return fail('VOUCHER_ALREADY_ACTIVATED');
    }
    const problem =
      invalidId(body.idNumber) ?? identityMismatch(tx, session.personId, body.name, body.idNumber);
    if (problem) return problem;
    return ok(identityCheckResponseSchema, { regions: regionsOf(tx, session.personId) });
  }),

  route(endpoints.faceCheck, ({ tx, session, body }) => {
    const problem = invalidId(body.idNumber);
    if (problem) return problem;
    const settings = voucherSettings(tx);
    const reason = settings.nextFaceFailure;
    if (reason !== null) {
      // The demo console's "next face check fails" is used up by one check.
      tx.voucherSettings.put({ id: 'current', ...settings, nextFaceFailure: null });
    }
    const at = now();
    // Old checks are of no use after their window; keep the persisted table small.
    for (const old of tx.faceChecks.all()) {
      if (at - old.atMs > FACE_CHECK_VALID_SECONDS * 1000 * 2) tx.faceChecks.delete(old.id);
    }
    const id = `fc-${randomHex(12)}`;
    tx.faceChecks.insert({
      id,
      personId: session.personId,
      idNumber: body.idNumber,
      passed: reason === null,
      reason,
      atMs: at,
      usedAtMs: null,
    });
    return ok(faceCheckResultSchema, {
      faceCheckId: id,
      passed: reason === null,
      reason,
      validUntilMs: at + FACE_CHECK_VALID_SECONDS * 1000,
    });
  }),

  // All or nothing: every check runs before the first write.
  route(endpoints.activateVoucher, ({ tx, session, body }) => {
    const { personId } = session;
    if (activeVoucher(tx, personId)) return fail('VOUCHER_ALREADY_ACTIVATED');
    const problem =
      invalidId(body.idNumber) ?? identityMismatch(tx, personId, body.name, body.idNumber);
    if (problem) return problem;
    const region = regionsOf(tx, personId).find((r) => r.code === body.regionCode);
    if (region === undefined) return fail('VOUCHER_REGION_INVALID');
    if (region.status === 'stale') return fail('VOUCHER_REGION_STALE');
    const faceCheckId = usableFaceCheck(tx, personId, body.faceCheckId, body.idNumber);
    if (faceCheckId === null) return fail('FACE_CHECK_REQUIRED');
    const person = personOf(tx, personId);
    const weakness = passwordProblem(body.password, person.birthDate, person.idNumber);
    if (weakness !== null) {
      return fail('VOUCHER_PASSWORD_WEAK', {
        message: `The password is easy to guess: ${weakness}`,
      });
    }
    const at = now();
    tx.faceChecks.update(faceCheckId, (check) => ({ ...check, usedAtMs: at }));
    // A suspended voucher from earlier is replaced, not kept beside the new one.
    for (const old of tx.vouchers.where('personId', personId)) tx.vouchers.delete(old.id);
    tx.vouchers.insert({
      id: `ev-${personId}`,
      personId,
      status: 'active',
      regionCode: region.code,
      activatedAtMs: at,
    });
    setVoucherPassword(tx, personId, body.password);
    return ok(activationResultSchema, statusOf(tx, personId));
  }),

  route(endpoints.issueVoucherCode, ({ tx, session, body }) => {
    const { personId } = session;
    const own = activeVoucher(tx, personId);
    if (own === undefined) return fail('VOUCHER_NOT_ACTIVATED');
    let holder: { name: string; idNumber: string; regionCode: string; regionName: string };
    let memberRelation: ProxyMember['relation'] | null = null;
    if (body.memberId !== undefined) {
      const member = tx.proxyMembers.get(body.memberId);
      if (member === undefined || member.personId !== personId) {
        return fail('NOT_FOUND', { message: 'No such member' });
      }
      if (member.activatedAtMs === null) return fail('VOUCHER_NOT_ACTIVATED');
      holder = member;
      memberRelation = member.relation;
    } else {
      const person = personOf(tx, personId);
      const status = statusOf(tx, personId);
      holder = {
        name: person.name,
        idNumber: person.idNumber,
        regionCode: own.regionCode,
        regionName: status.regionName ?? person.insurance.regionName,
      };
    }
    const at = now();
    pruneTokens(tx, at);
    const { tokenLifetimeSeconds } = voucherSettings(tx);
    const ecToken = randomHex(20).toUpperCase();
    const expiresAtMs = at + tokenLifetimeSeconds * 1000;
    tx.voucherTokens.insert({
      id: ecToken,
      personId,
      memberId: body.memberId ?? null,
      regionCode: holder.regionCode,
      issuedAtMs: at,
      expiresAtMs,
      usedAtMs: null,
    });
    return ok(voucherCodeSchema, {
      ecToken,
      regionCode: holder.regionCode,
      regionName: holder.regionName,
      holderName: maskName(holder.name),
      holderIdNumber: maskIdNumber(holder.idNumber),
      memberRelation,
      issuedAtMs: at,
      expiresAtMs,
      lifetimeSeconds: tokenLifetimeSeconds,
    });
  }),

  route(endpoints.verifyVoucherCode, ({ tx, body }) => {
    const token = tx.voucherTokens.get(body.ecToken);
    if (token === undefined) return fail('NOT_FOUND', { message: 'No such code' });
    if (token.usedAtMs !== null) return fail('VOUCHER_TOKEN_USED');
    const at = now();
    if (at >= token.expiresAtMs) return fail('VOUCHER_TOKEN_EXPIRED');
    const member = token.memberId === null ? undefined : tx.proxyMembers.get(token.memberId);
    const holder = member ?? tx.persons.get(token.personId);
    if (holder === undefined) return fail('NOT_FOUND', { message: 'The holder is gone' });
    tx.voucherTokens.update(token.id, (t) => ({ ...t, usedAtMs: at }));
    return ok(verifyCodeResponseSchema, {
      valid: true,
      regionCode: token.regionCode,
      holderName: maskName(holder.name),
      holderIdNumber: maskIdNumber(holder.idNumber),
      verifiedAtMs: at,
    });
  }),

  route(endpoints.listProxyMembers, ({ tx, session }) =>
    ok(proxyMembersSchema, {
      members: tx.proxyMembers.where('personId', session.personId).map(memberOf),
      maxMembers: PROXY_MEMBERS_MAX,
    }),
  ),

  route(endpoints.addProxyMember, ({ tx, session, body }) => {
    const { personId } = session;
    const id = validateIdNumber(body.idNumber, { today: chinaToday() });
    if (!id.valid) return fail('ID_NUMBER_INVALID');
    if (id.idNumber === personOf(tx, personId).idNumber) return fail('PROXY_MEMBER_SELF');
    const members = tx.proxyMembers.where('personId', personId);
    if (members.some((m) => m.idNumber === id.idNumber)) {
      return fail('PROXY_MEMBER_DUPLICATE');
    }
    if (members.length >= PROXY_MEMBERS_MAX) return fail('PROXY_MEMBER_LIMIT');

    const adult = ageOn(id.birthDate, chinaToday()) >= PROXY_SELF_CONSENT_AGE;
    let faceCheckId: string | null = null;
    if (adult) {
      if (body.faceCheckId === undefined) return fail('PROXY_CONSENT_MISSING');
      faceCheckId = usableFaceCheck(tx, personId, body.faceCheckId, id.idNumber);
      if (faceCheckId === null) return fail('FACE_CHECK_REQUIRED');
    } else if (body.guardian === undefined) {
      return fail('PROXY_CONSENT_MISSING');
    }

    const at = now();
    if (faceCheckId !== null) {
      tx.faceChecks.update(faceCheckId, (check) => ({ ...check, usedAtMs: at }));
    }
    const guardian = adult ? undefined : body.guardian;
    const base64 = guardian?.image.slice(guardian.image.indexOf(',') + 1) ?? '';
    const record = tx.proxyMembers.insert({
      id: newRandomId('proxyMember'),
      personId,
      relation: body.relation,
      name: body.name,
      idNumber: id.idNumber,
      birthDate: id.birthDate,
      ...memberRegion(tx, personId, id.idNumber),
      consent: adult ? 'face-check' : 'guardian',
      documentKind: guardian?.documentKind ?? null,
      documentBytes: guardian ? Math.floor((base64.length * 3) / 4) : null,
      activatedAtMs: null,
      addedAtMs: at,
    });
    return ok(proxyMemberSchema, memberOf(record), 201);
  }),

  route(endpoints.removeProxyMember, ({ tx, session, params }) => {
    const member = tx.proxyMembers.get(params.memberId ?? '');
    if (member === undefined || member.personId !== session.personId) {
      return fail('NOT_FOUND', { message: 'No such member' });
    }
    tx.proxyMembers.delete(member.id);
    // A removed member's codes on screen stop working at once.
    for (const token of tx.voucherTokens.all()) {
      if (token.memberId === member.id) tx.voucherTokens.delete(token.id);
    }
    return noContent();
  }),

  route(endpoints.activateProxyMember, ({ tx, session, params }) => {
    const member = tx.proxyMembers.get(params.memberId ?? '');
    if (member === undefined || member.personId !== session.personId) {
      return fail('NOT_FOUND', { message: 'No such member' });
    }
    if (activeVoucher(tx, session.personId) === undefined) {
      return fail('VOUCHER_NOT_ACTIVATED');
    }
    if (member.activatedAtMs !== null) return fail('VOUCHER_ALREADY_ACTIVATED');
    const updated = tx.proxyMembers.update(member.id, (m) => ({ ...m, activatedAtMs: now() }));
    return ok(proxyMemberActivationSchema, memberOf(updated));
  }),

  route(endpoints.demoVoucherSettings, ({ tx }) =>
    ok(demoVoucherSettingsSchema, voucherSettings(tx)),
  ),

  route(endpoints.demoSetVoucherSettings, ({ tx, body }) => {
    tx.voucherSettings.put({ id: 'current', ...body });
    return ok(demoVoucherSettingsSchema, voucherSettings(tx));
  }),
];
