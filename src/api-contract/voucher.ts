import * as z from 'zod/mini';
import { chineseNameSchema, isoDateSchema } from './common';
import type { Endpoint, EndpointError } from './endpoint';
import { PROXY_MEMBER_PARAMETER } from './ids';

/*
 * The medical-insurance e-voucher (医保电子凭证): activation, the short-lived code a pharmacy
 * scans, and family proxy accounts (亲情账户). The code's fields follow the national platform's
 * shape: an opaque `ecToken` and the insured region's code (POLICY-FACTS §1).
 */

/** How long an issued code is valid unless the backend is configured otherwise. */
export const VOUCHER_TOKEN_LIFETIME_SECONDS = 30;
/** A family proxy account holds at most this many members. */
export const PROXY_MEMBERS_MAX = 5;
/** From this age a member confirms with their own face check; younger ones need a guardian. */
export const PROXY_SELF_CONSENT_AGE = 16;
/** The household register or birth certificate image, as the person picked it. */
export const PROXY_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
/** A face-check frame is a small JPEG (320 px wide); this bounds its data URL. */
export const FACE_IMAGE_MAX_CHARS = 600_000;
/** A passed face check may be used for this long, once. */
export const FACE_CHECK_VALID_SECONDS = 300;

const regionCodeSchema = z.string().check(z.regex(/^\d{6}$/));
/** An 18-character ID as the client normalised it; the checksum is checked by the handler. */
const idNumberShapeSchema = z.string().check(z.regex(/^\d{17}[\dX]$/));

const imageDataUrlPattern =
  /^data:image\/(?:jpeg|png|webp|gif|heic|heif|bmp);base64,[A-Za-z0-9+/=]+$/;

export const insuredRegionSchema = z.object({
  code: regionCodeSchema,
  name: z.string(),
  /**
   * `stale`: the region still holds an insurance record for the person that was not closed or
   * transferred (a former job's city); the voucher cannot use it until that agency updates it.
   */
  status: z.enum(['current', 'stale']),
  /** When the region's record was last updated. */
  updatedOn: isoDateSchema,
});
export type InsuredRegion = z.infer<typeof insuredRegionSchema>;

export const voucherStatusSchema = z.object({
  activated: z.boolean(),
  /** The insured region the voucher uses; null before activation. */
  regionCode: z.nullable(regionCodeSchema),
  regionName: z.nullable(z.string()),
  /** Whether the voucher's region is a current record (false: it went stale since). */
  regionConfirmed: z.boolean(),
  regions: z.array(insuredRegionSchema),
});
export type VoucherStatus = z.infer<typeof voucherStatusSchema>;

export const identityCheckRequestSchema = z.object({
  name: chineseNameSchema,
  idNumber: idNumberShapeSchema,
});
export type IdentityCheckRequest = z.infer<typeof identityCheckRequestSchema>;
export const identityCheckResponseSchema = z.object({ regions: z.array(insuredRegionSchema) });
export type IdentityCheckResponse = z.infer<typeof identityCheckResponseSchema>;

export const FACE_FAILURE_REASONS = ['too-dark', 'no-face', 'covered', 'mismatch'] as const;
export const faceFailureReasonSchema = z.enum(FACE_FAILURE_REASONS);
export type FaceFailureReason = z.infer<typeof faceFailureReasonSchema>;

export const faceCheckRequestSchema = z.object({
  /** Whose ID photo the frame is compared with: the person's own, or a member's being added. */
  idNumber: idNumberShapeSchema,
  image: z.string().check(z.maxLength(FACE_IMAGE_MAX_CHARS), z.regex(imageDataUrlPattern)),
});
export type FaceCheckRequest = z.infer<typeof faceCheckRequestSchema>;

export const faceCheckResultSchema = z.object({
  /** Quote it in the activation or the member's addition; usable once, for a few minutes. */
  faceCheckId: z.string(),
  passed: z.boolean(),
  reason: z.nullable(faceFailureReasonSchema),
  validUntilMs: z.number(),
});
export type FaceCheckResult = z.infer<typeof faceCheckResultSchema>;

export const VOUCHER_PASSWORD_PATTERN = /^\d{6}$/;

export const activateVoucherRequestSchema = z.object({
  name: chineseNameSchema,
  idNumber: idNumberShapeSchema,
  regionCode: regionCodeSchema,
  faceCheckId: z.string().check(z.minLength(1)),
  password: z.string().check(z.regex(VOUCHER_PASSWORD_PATTERN)),
});
export type ActivateVoucherRequest = z.infer<typeof activateVoucherRequestSchema>;

export const issueCodeRequestSchema = z.object({
  /** A proxy member's id for their code; absent for the person's own. */
  memberId: z.optional(z.string().check(z.minLength(1))),
});
export type IssueCodeRequest = z.infer<typeof issueCodeRequestSchema>;

export const PROXY_RELATIONS = [
  'spouse',
  'father',
  'mother',
  'child',
  'grandparent',
  'grandchild',
] as const;
export const proxyRelationSchema = z.enum(PROXY_RELATIONS);
export type ProxyRelation = z.infer<typeof proxyRelationSchema>;

export const voucherCodeSchema = z.object({
  /** Opaque; what the QR code carries. */
  ecToken: z.string().check(z.minLength(16)),
  regionCode: regionCodeSchema,
  regionName: z.string(),
  /** Masked by the backend, as the national platform does (`张*三`). */
  holderName: z.string(),
  /** Masked (`350102********1234`). */
  holderIdNumber: z.string(),
  /** Null for the person's own code; the member's relation for a proxy member's. */
  memberRelation: z.nullable(proxyRelationSchema),
  issuedAtMs: z.number(),
  expiresAtMs: z.number(),
  lifetimeSeconds: z.int().check(z.positive()),
});
export type VoucherCode = z.infer<typeof voucherCodeSchema>;

export const verifyCodeRequestSchema = z.object({ ecToken: z.string().check(z.minLength(1)) });
export const verifyCodeResponseSchema = z.object({
  valid: z.literal(true),
  regionCode: regionCodeSchema,
  holderName: z.string(),
  holderIdNumber: z.string(),
  verifiedAtMs: z.number(),
});
export type VerifyCodeResponse = z.infer<typeof verifyCodeResponseSchema>;

export const proxyMemberSchema = z.object({
  id: z.string(),
  relation: proxyRelationSchema,
  name: z.string(),
  idNumber: idNumberShapeSchema,
  birthDate: isoDateSchema,
  regionCode: regionCodeSchema,
  regionName: z.string(),
  /** How the member agreed: their own face check, or a guardian's document and undertaking. */
  consent: z.enum(['face-check', 'guardian']),
  activated: z.boolean(),
  addedAtMs: z.number(),
});
export type ProxyMember = z.infer<typeof proxyMemberSchema>;

/**
 * What activation answers: the status, as its own schema object, so the OpenAPI document names
 * it after this endpoint whatever the registry's order (a shared object takes the first name).
 */
export const activationResultSchema = z.extend(voucherStatusSchema, {});
/** What activating a member answers: the member (its own schema object, as above). */
export const proxyMemberActivationSchema = z.extend(proxyMemberSchema, {});

export const proxyMembersSchema = z.object({
  members: z.array(proxyMemberSchema),
  maxMembers: z.int().check(z.positive()),
});
export type ProxyMembers = z.infer<typeof proxyMembersSchema>;

export const guardianConsentSchema = z.object({
  documentKind: z.enum(['household-register', 'birth-certificate']),
  /** The photo of the document; checked, then only its size and kind are kept. */
  image: z.string().check(
    // Base64 grows a file by a third.
    z.maxLength(Math.ceil((PROXY_DOCUMENT_MAX_BYTES * 4) / 3) + 64),
    z.regex(imageDataUrlPattern),
  ),
  /** The adult's signed undertaking (监护人承诺): true, or the request is refused. */
  undertakingAccepted: z.literal(true),
});
export type GuardianConsent = z.infer<typeof guardianConsentSchema>;

export const addProxyMemberRequestSchema = z.object({
  relation: proxyRelationSchema,
  name: chineseNameSchema,
  idNumber: idNumberShapeSchema,
  /** For a member aged 16 or over: their own passed face check. */
  faceCheckId: z.optional(z.string().check(z.minLength(1))),
  /** For a younger member. */
  guardian: z.optional(guardianConsentSchema),
});
export type AddProxyMemberRequest = z.infer<typeof addProxyMemberRequestSchema>;

/** Demo-backend controls for this feature (not the published API). */
export const demoVoucherSettingsSchema = z.object({
  /** The next face check fails with this reason, then the setting clears itself. */
  nextFaceFailure: z.nullable(faceFailureReasonSchema),
  tokenLifetimeSeconds: z.int().check(z.minimum(5), z.maximum(600)),
});
export type DemoVoucherSettings = z.infer<typeof demoVoucherSettingsSchema>;

export type PasswordProblem =
  'format' | 'same' | 'run' | 'pairs' | 'triples' | 'doubles' | 'birthDate' | 'idTail';

/**
 * Why a 6-digit voucher password is too easy to guess, or null when it is fine: not 6 digits,
 * all one digit, a run up or down (123456, 654321), one pair three times (121212), one triple
 * twice (123123), each digit twice (112233), the birth date's digits (YYMMDD, MMDDYY, DDMMYY,
 * YYYYMM), or the ID number's last six (what banks tell people not to use, and what many do).
 * Shared by the wizard and the backend, so both refuse the same ones; the first problem found
 * is the one a person is told.
 */
export function passwordProblem(
  password: string,
  birthDate: string,
  idNumber?: string,
): PasswordProblem | null {
  if (!VOUCHER_PASSWORD_PATTERN.test(password)) return 'format';
  if (/^(\d)\1{5}$/.test(password)) return 'same';
  const digits = Array.from(password, Number);
  const steps = digits.slice(1).map((d, i) => (d - (digits[i] ?? 0) + 10) % 10);
  if (steps.every((s) => s === 1) || steps.every((s) => s === 9)) return 'run';
  if (/^(\d\d)\1\1$/.test(password)) return 'pairs';
  if (/^(\d{3})\1$/.test(password)) return 'triples';
  if (/^(\d)\1(\d)\2(\d)\3$/.test(password)) return 'doubles';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (match) {
    const [, yyyy = '', mm = '', dd = ''] = match;
    const yy = yyyy.slice(2);
    if ([yy + mm + dd, mm + dd + yy, dd + mm + yy, yyyy + mm].includes(password)) {
      return 'birthDate';
    }
  }
  if (idNumber !== undefined && idNumber.length === 18 && idNumber.slice(-6) === password) {
    return 'idTail';
  }
  return null;
}

/** Whole years of age on `today` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

const NOT_ACTIVATED: EndpointError = {
  status: 409,
  codes: ['VOUCHER_NOT_ACTIVATED'],
  description: 'The e-voucher (the person’s, or the member’s) is not activated yet.',
};

/** The e-voucher's endpoints, spread into the registry (endpoints.ts). */
export const voucherEndpoints = {
  getVoucherStatus: {
    id: 'getVoucherStatus',
    method: 'GET',
    path: '/voucher',
    summary: "The signed-in person's e-voucher: activated or not, its region, the insured regions",
    tag: 'voucher',
    auth: true,
    response: voucherStatusSchema,
    status: 200,
    errors: [],
  },
  checkVoucherIdentity: {
    id: 'checkVoucherIdentity',
    method: 'POST',
    path: '/voucher/activation/identity',
    summary: 'Activation step: check the name and ID against the insurance record; the regions',
    tag: 'voucher',
    auth: true,
    request: identityCheckRequestSchema,
    response: identityCheckResponseSchema,
    status: 200,
    errors: [
      { status: 409, codes: ['VOUCHER_ALREADY_ACTIVATED'], description: 'Already activated.' },
      {
        status: 422,
        codes: ['ID_NUMBER_INVALID', 'VOUCHER_IDENTITY_MISMATCH'],
        description:
          "A wrong check digit or birth date, or not the signed-in person's name and ID.",
      },
    ],
  },
  faceCheck: {
    id: 'faceCheck',
    method: 'POST',
    path: '/voucher/face-check',
    summary: 'Compare a camera frame with the ID photo; a failed check answers 200 with a reason',
    tag: 'voucher',
    auth: true,
    request: faceCheckRequestSchema,
    response: faceCheckResultSchema,
    status: 200,
    errors: [
      { status: 422, codes: ['ID_NUMBER_INVALID'], description: 'The ID number is not valid.' },
    ],
  },
  activateVoucher: {
    id: 'activateVoucher',
    method: 'POST',
    path: '/voucher/activation',
    summary: 'Activate: identity, region, a passed face check and the password, all or nothing',
    tag: 'voucher',
    auth: true,
    request: activateVoucherRequestSchema,
    response: activationResultSchema,
    status: 200,
    errors: [
      { status: 409, codes: ['VOUCHER_ALREADY_ACTIVATED'], description: 'Already activated.' },
      {
        status: 422,
        codes: [
          'ID_NUMBER_INVALID',
          'VOUCHER_IDENTITY_MISMATCH',
          'VOUCHER_REGION_INVALID',
          'VOUCHER_REGION_STALE',
          'FACE_CHECK_REQUIRED',
          'VOUCHER_PASSWORD_WEAK',
        ],
        description:
          'Identity mismatch; a region that is not the person’s or is stale; no passed, unused, recent face check of this person; a password that is easy to guess.',
      },
    ],
  },
  issueVoucherCode: {
    id: 'issueVoucherCode',
    method: 'POST',
    path: '/voucher/code',
    summary: 'Issue a short-lived code (ecToken) for the person or a proxy member',
    tag: 'voucher',
    auth: true,
    request: issueCodeRequestSchema,
    response: voucherCodeSchema,
    status: 200,
    errors: [
      NOT_ACTIVATED,
      { status: 404, codes: ['NOT_FOUND'], description: 'No such proxy member.' },
    ],
  },
  verifyVoucherCode: {
    id: 'verifyVoucherCode',
    method: 'POST',
    path: '/voucher/verify',
    summary: "A pharmacy's scanner: check a code and use it up",
    tag: 'voucher',
    // A real scanner signs in as an institution; the demo has no institution accounts.
    auth: false,
    request: verifyCodeRequestSchema,
    response: verifyCodeResponseSchema,
    status: 200,
    errors: [
      { status: 404, codes: ['NOT_FOUND'], description: 'No such code was issued.' },
      { status: 409, codes: ['VOUCHER_TOKEN_USED'], description: 'The code was already scanned.' },
      { status: 410, codes: ['VOUCHER_TOKEN_EXPIRED'], description: 'The code has expired.' },
    ],
  },
  listProxyMembers: {
    id: 'listProxyMembers',
    method: 'GET',
    path: '/voucher/family',
    summary: 'The members of the family proxy account (亲情账户)',
    tag: 'voucher',
    auth: true,
    response: proxyMembersSchema,
    status: 200,
    errors: [],
  },
  addProxyMember: {
    id: 'addProxyMember',
    method: 'POST',
    path: '/voucher/family',
    summary: 'Add a member: 16 or over with their face check, younger with guardian documents',
    tag: 'voucher',
    auth: true,
    request: addProxyMemberRequestSchema,
    response: proxyMemberSchema,
    status: 201,
    errors: [
      {
        status: 409,
        codes: ['PROXY_MEMBER_LIMIT', 'PROXY_MEMBER_DUPLICATE'],
        description: 'Already 5 members, or this ID is already a member.',
      },
      {
        status: 422,
        codes: [
          'ID_NUMBER_INVALID',
          'PROXY_MEMBER_SELF',
          'PROXY_CONSENT_MISSING',
          'FACE_CHECK_REQUIRED',
        ],
        description:
          'A bad ID; the person themselves; no face check (16 or over) or guardian documents (under 16); a face check that is not passed, recent, unused and of this member.',
      },
    ],
  },
  removeProxyMember: {
    id: 'removeProxyMember',
    method: 'DELETE',
    path: '/voucher/family/{memberId}',
    summary: 'Remove a member; their outstanding codes stop working',
    tag: 'voucher',
    auth: true,
    params: { memberId: PROXY_MEMBER_PARAMETER },
    status: 204,
    errors: [{ status: 404, codes: ['NOT_FOUND'], description: 'No such member.' }],
  },
  activateProxyMember: {
    id: 'activateProxyMember',
    method: 'POST',
    path: '/voucher/family/{memberId}/activation',
    summary: "Activate a member's e-voucher on their behalf",
    tag: 'voucher',
    auth: true,
    params: { memberId: PROXY_MEMBER_PARAMETER },
    response: proxyMemberActivationSchema,
    status: 200,
    errors: [
      { status: 404, codes: ['NOT_FOUND'], description: 'No such member.' },
      {
        status: 409,
        codes: ['VOUCHER_ALREADY_ACTIVATED', 'VOUCHER_NOT_ACTIVATED'],
        description: "The member's voucher is already active, or the person's own is not.",
      },
    ],
  },
} as const satisfies Record<string, Endpoint>;

// Apart from the feature's endpoints so that the production voucher chunk, which imports those,
// carries no demo path (e2e/production.spec.ts looks for one).
export const voucherDemoEndpoints = {
  demoVoucherSettings: {
    id: 'demoVoucherSettings',
    method: 'GET',
    path: '/__demo/voucher',
    summary: 'The e-voucher demo settings: next face-check failure, code lifetime',
    tag: 'demo',
    auth: false,
    response: demoVoucherSettingsSchema,
    status: 200,
    errors: [],
    demoOnly: true,
  },
  demoSetVoucherSettings: {
    id: 'demoSetVoucherSettings',
    method: 'PUT',
    path: '/__demo/voucher',
    summary: 'Set the e-voucher demo settings',
    tag: 'demo',
    auth: false,
    request: demoVoucherSettingsSchema,
    response: demoVoucherSettingsSchema,
    status: 200,
    errors: [],
    demoOnly: true,
  },
} as const satisfies Record<string, Endpoint>;
