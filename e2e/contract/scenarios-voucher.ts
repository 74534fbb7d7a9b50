import { endpoints } from '@/api-contract/endpoints';
import {
  faceCheckResultSchema,
  identityCheckResponseSchema,
  proxyMemberSchema,
  proxyMembersSchema,
  verifyCodeResponseSchema,
  voucherCodeSchema,
  voucherStatusSchema,
} from '@/api-contract/voucher';
import { check, expectEqual, expectStatus } from './checks';
import type { ContractRequest } from './http';
import { DEMO_PERSONA_PHONES, type Scenario, type ScenarioContext } from './runner';

const {
  getVoucherStatus,
  checkVoucherIdentity,
  faceCheck,
  activateVoucher,
  issueVoucherCode,
  verifyVoucherCode,
  listProxyMembers,
  addProxyMember,
  removeProxyMember,
  activateProxyMember,
} = endpoints;

/** A tiny JPEG header: a backend that checks pixels may refuse it, the demo compares nothing. */
const FRAME = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD';
const DOCUMENT =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';
/** Valid GB 11643 numbers of nobody (made-up sequence numbers), a parent and a child. */
const PARENT_ID = '350181196003123155';
const CHILD_ID = '350102201809012268';
const TAIYUAN_PHONE = DEMO_PERSONA_PHONES[2];
const FUZHOU_PHONE = DEMO_PERSONA_PHONES[1];

export const voucherScenarios: Scenario[] = [
  {
    name: 'voucher: an activated person gets a code; a scan accepts it once',
    covers: [getVoucherStatus.id, issueVoucherCode.id, verifyVoucherCode.id],
    run: async ({ http, signIn, skip }) => {
      const { token } = await signIn();
      const status = await http.request({ method: 'GET', path: getVoucherStatus.path, token });
      expectStatus(status, 200);
      if (!voucherStatusSchema.parse(status.json).activated) {
        skip('the test account has no activated e-voucher');
      }
      const issued = await http.request({
        method: 'POST',
        path: issueVoucherCode.path,
        token,
        body: {},
      });
      expectStatus(issued, 200);
      const code = voucherCodeSchema.parse(issued.json);
      check(code.expiresAtMs > code.issuedAtMs, 'the code expires after it was issued');
      const scan = await http.request({
        method: 'POST',
        path: verifyVoucherCode.path,
        body: { ecToken: code.ecToken },
      });
      expectStatus(scan, 200);
      expectEqual(
        verifyCodeResponseSchema.parse(scan.json).regionCode,
        code.regionCode,
        'the region',
      );
      const again = await http.request({
        method: 'POST',
        path: verifyVoucherCode.path,
        body: { ecToken: code.ecToken },
      });
      expectStatus(again, 409, 'VOUCHER_TOKEN_USED');
    },
  },
  {
    name: 'voucher: activation checks identity, a face check, the region and the password',
    covers: [getVoucherStatus.id, checkVoucherIdentity.id, faceCheck.id, activateVoucher.id],
    demoOnly: 'needs a person whose e-voucher is not activated (the Taiyuan persona)',
    run: async ({ http, signIn }) => {
      const { token, user } = await signIn(TAIYUAN_PHONE);
      const identity = await http.request({
        method: 'POST',
        path: checkVoucherIdentity.path,
        token,
        body: { name: user.name, idNumber: user.idNumber },
      });
      expectStatus(identity, 200);
      const regions = identityCheckResponseSchema.parse(identity.json).regions;
      const current = regions.find((r) => r.status === 'current');
      check(current !== undefined, 'a current region');
      const face = await http.request({
        method: 'POST',
        path: faceCheck.path,
        token,
        body: { idNumber: user.idNumber, image: FRAME },
      });
      expectStatus(face, 200);
      const { faceCheckId } = faceCheckResultSchema.parse(face.json);
      const body = {
        name: user.name,
        idNumber: user.idNumber,
        regionCode: current.code,
        faceCheckId,
        password: '123456',
      };
      const weak = await http.request({ method: 'POST', path: activateVoucher.path, token, body });
      expectStatus(weak, 422, 'VOUCHER_PASSWORD_WEAK');
      const done = await http.request({
        method: 'POST',
        path: activateVoucher.path,
        token,
        body: { ...body, password: '580314' },
      });
      expectStatus(done, 200);
      expectEqual(voucherStatusSchema.parse(done.json).activated, true, 'activated');
      const status = await http.request({ method: 'GET', path: getVoucherStatus.path, token });
      expectEqual(voucherStatusSchema.parse(status.json).regionCode, current.code, 'the region');
    },
  },
  {
    name: 'voucher: family proxy members are added, activated, shown and removed',
    covers: [
      listProxyMembers.id,
      faceCheck.id,
      addProxyMember.id,
      activateProxyMember.id,
      issueVoucherCode.id,
      removeProxyMember.id,
    ],
    demoOnly: 'adds made-up people to the account',
    run: async ({ http, signIn }) => {
      const { token } = await signIn(FUZHOU_PHONE);
      const face = await http.request({
        method: 'POST',
        path: faceCheck.path,
        token,
        body: { idNumber: PARENT_ID, image: FRAME },
      });
      const { faceCheckId } = faceCheckResultSchema.parse(face.json);
      const parent = await http.request({
        method: 'POST',
        path: addProxyMember.path,
        token,
        body: { relation: 'father', name: '林大山', idNumber: PARENT_ID, faceCheckId },
      });
      expectStatus(parent, 201);
      const parentId = proxyMemberSchema.parse(parent.json).id;
      const child = await http.request({
        method: 'POST',
        path: addProxyMember.path,
        token,
        body: {
          relation: 'child',
          name: '林小禾',
          idNumber: CHILD_ID,
          guardian: {
            documentKind: 'household-register',
            image: DOCUMENT,
            undertakingAccepted: true,
          },
        },
      });
      expectStatus(child, 201);
      const childId = proxyMemberSchema.parse(child.json).id;
      const duplicate = await http.request({
        method: 'POST',
        path: addProxyMember.path,
        token,
        body: { relation: 'father', name: '林大山', idNumber: PARENT_ID, faceCheckId },
      });
      expectStatus(duplicate, 409, 'PROXY_MEMBER_DUPLICATE');
      const activated = await http.request({
        method: 'POST',
        path: activateProxyMember.path.replace('{memberId}', parentId),
        token,
      });
      expectStatus(activated, 200);
      const code = await http.request({
        method: 'POST',
        path: issueVoucherCode.path,
        token,
        body: { memberId: parentId },
      });
      expectStatus(code, 200);
      expectEqual(voucherCodeSchema.parse(code.json).memberRelation, 'father', 'whose code');
      const removed = await http.request({
        method: 'DELETE',
        path: removeProxyMember.path.replace('{memberId}', childId),
        token,
      });
      expectStatus(removed, 204);
      const list = await http.request({ method: 'GET', path: listProxyMembers.path, token });
      expectStatus(list, 200);
      expectEqual(
        proxyMembersSchema.parse(list.json).members.map((m) => m.id),
        [parentId],
        'the members left',
      );
    },
  },
];

/** A harmless valid request for each of the feature's mutations (the Idempotency-Key checks). */
export const voucherMutationSamples: Record<
  string,
  (context: ScenarioContext) => Promise<ContractRequest>
> = {
  [checkVoucherIdentity.id]: async (context) => {
    const { token, user } = await context.signIn();
    return {
      method: 'POST',
      path: checkVoucherIdentity.path,
      token,
      body: { name: user.name, idNumber: user.idNumber },
    };
  },
  [faceCheck.id]: async (context) => {
    const { token, user } = await context.signIn();
    return {
      method: 'POST',
      path: faceCheck.path,
      token,
      body: { idNumber: user.idNumber, image: FRAME },
    };
  },
  [activateVoucher.id]: async (context) => {
    const { token, user } = await context.signIn();
    return {
      method: 'POST',
      path: activateVoucher.path,
      token,
      body: {
        name: user.name,
        idNumber: user.idNumber,
        regionCode: user.insurance.regionCode,
        faceCheckId: 'fc-none',
        password: '580314',
      },
    };
  },
  [issueVoucherCode.id]: async (context) => ({
    method: 'POST',
    path: issueVoucherCode.path,
    token: (await context.signIn()).token,
    body: {},
  }),
  [verifyVoucherCode.id]: async () => ({
    method: 'POST',
    path: verifyVoucherCode.path,
    body: { ecToken: 'UNKNOWN-TOKEN-0000' },
  }),
  [addProxyMember.id]: async (context) => ({
    method: 'POST',
    path: addProxyMember.path,
    token: (await context.signIn()).token,
    body: { relation: 'father', name: '林大山', idNumber: PARENT_ID },
  }),
  [removeProxyMember.id]: async (context) => ({
    method: 'DELETE',
    path: removeProxyMember.path.replace('{memberId}', 'pm-none'),
    token: (await context.signIn()).token,
  }),
  [activateProxyMember.id]: async (context) => ({
    method: 'POST',
    path: activateProxyMember.path.replace('{memberId}', 'pm-none'),
    token: (await context.signIn()).token,
  }),
};
