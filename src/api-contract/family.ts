import * as z from 'zod/mini';
import { isoDateSchema, nonNegativeFenSchema } from './common';
import { familyBindingIdSchema, familyPremiumIdSchema } from './ids';
import { reauthGrantSchema } from './reauth';
import type { Endpoint, EndpointError } from './endpoint';

/**
 * The family mutual-aid account (家庭共济, docs/decisions/012): an employee-insured person moves
 * money from the personal account into it and pays relatives' resident-insurance premiums.
 * Which relations, how many, the premium and the payment window are the region's data, sent by
 * the backend with their sources, never constants of the app.
 */

/** Near relatives as 国办发〔2024〕38号 lists them; a region allows a subset. */
export const FAMILY_RELATIONS = [
  'spouse',
  'father',
  'mother',
  'child',
  'sibling',
  'paternal-grandparent',
  'maternal-grandparent',
  'grandchild',
  'maternal-grandchild',
] as const;
export const familyRelationSchema = z.enum(FAMILY_RELATIONS);
export type FamilyRelation = z.infer<typeof familyRelationSchema>;

const idNumberSchema = z.string().check(z.regex(/^\d{17}[\dX]$/));
const isoDateTimeSchema = z.string().check(z.minLength(10));

/** Where a figure comes from; `assumed` marks a figure no source gives (configurable data). */
export const familySourceSchema = z.object({
  doc: z.string(),
  basis: z.enum(['official', 'reported', 'assumed']),
  note: z.optional(z.string()),
  /**
   * The same in English, for English screens: a document's name and a note are words a person
   * must read, not data to show as the records hold it.
   */
  en: z.optional(z.object({ doc: z.string(), note: z.optional(z.string()) })),
});
export type FamilySource = z.infer<typeof familySourceSchema>;

export const ELIGIBILITY_REASONS = [
  'not-employee',
  'insurance-suspended',
  'region-not-supported',
] as const;
export const eligibilityReasonSchema = z.enum(ELIGIBILITY_REASONS);
export type EligibilityReason = z.infer<typeof eligibilityReasonSchema>;

export const paymentWindowSchema = z.object({
  kind: z.enum(['main', 'grace']),
  opensOn: isoDateSchema,
  closesOn: isoDateSchema,
  /** From when the relative is covered: 1 January of the year, or the day of payment. */
  benefitsFrom: z.enum(['year-start', 'payment-day']),
  source: familySourceSchema,
});
export type PaymentWindow = z.infer<typeof paymentWindowSchema>;

export const premiumYearSchema = z.object({
  year: z.int(),
  premiumFen: nonNegativeFenSchema,
  premiumSource: familySourceSchema,
  /** The window open today for this year, or the next one to open; null when none is left. */
  window: z.nullable(paymentWindowSchema),
  open: z.boolean(),
});
export type PremiumYear = z.infer<typeof premiumYearSchema>;

export const familyRegionSchema = z.object({
  code: z.string().check(z.regex(/^\d{6}$/)),
  name: z.string(),
  allowedRelations: z.array(familyRelationSchema),
  maxRelatives: z.int().check(z.positive()),
  relationSource: familySourceSchema,
  limitSource: familySourceSchema,
  refundRule: z.object({
    onUnbind: z.enum(['unstarted-premiums-to-family', 'none']),
    onClose: z.enum(['balance-to-personal']),
    source: familySourceSchema,
  }),
});
export type FamilyRegion = z.infer<typeof familyRegionSchema>;

export const familyBindingSchema = z.object({
  id: z.string(),
  relation: familyRelationSchema,
  name: z.string(),
  idNumber: idNumberSchema,
  birthDate: isoDateSchema,
  /** The relative's own insurance as the insured-person base knows it. */
  scheme: z.enum(['employee', 'resident', 'none']),
  status: z.enum(['verified', 'pending']),
  verifiedBy: z.enum(['household', 'proof']),
  boundAt: isoDateTimeSchema,
  paidYears: z.array(z.int()),
});
export type FamilyBinding = z.infer<typeof familyBindingSchema>;

/** Someone in the person's household register who is not bound yet: binds at once. */
export const householdMemberSchema = z.object({
  id: z.string(),
  relation: familyRelationSchema,
  name: z.string(),
  idNumber: idNumberSchema,
  scheme: z.enum(['employee', 'resident', 'none']),
});
export type HouseholdMember = z.infer<typeof householdMemberSchema>;

export const familyAccountSchema = z.object({
  id: z.string(),
  openedAt: isoDateTimeSchema,
  /** Sums of ledger entries, never stored beside them. */
  balanceFen: nonNegativeFenSchema,
  premiumsPaidFen: nonNegativeFenSchema,
});
export type FamilyAccount = z.infer<typeof familyAccountSchema>;

export const familyOverviewSchema = z.object({
  eligibility: z.object({
    eligible: z.boolean(),
    reasons: z.array(eligibilityReasonSchema),
  }),
  region: z.nullable(familyRegionSchema),
  personalBalanceFen: nonNegativeFenSchema,
  account: z.nullable(familyAccountSchema),
  relatives: z.array(familyBindingSchema),
  household: z.array(householdMemberSchema),
  premiumYears: z.array(premiumYearSchema),
});
export type FamilyOverview = z.infer<typeof familyOverviewSchema>;

export const createFamilyAccountRequestSchema = z.object({
  consent: z.literal(true),
  reauthGrant: reauthGrantSchema,
});

export const closeFamilyAccountRequestSchema = z.object({ reauthGrant: reauthGrantSchema });
export const closeFamilyAccountResponseSchema = z.object({
  returnedFen: nonNegativeFenSchema,
  refundedFen: nonNegativeFenSchema,
});

/** Proof of the relationship (household register page, birth or marriage certificate). */
export const MAX_PROOF_BYTES = 5 * 1024 * 1024;
export const PROOF_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export const relationshipProofSchema = z.object({
  fileName: z.string().check(z.minLength(1), z.maxLength(200)),
  mimeType: z.enum(PROOF_MIME_TYPES),
  sizeBytes: z.int().check(z.positive(), z.maximum(MAX_PROOF_BYTES)),
});

export const bindRelativeRequestSchema = z.object({
  relation: familyRelationSchema,
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  idNumber: z.string().check(z.minLength(1), z.maxLength(40)),
  proof: z.optional(relationshipProofSchema),
});
export type BindRelativeRequest = z.infer<typeof bindRelativeRequestSchema>;

export const unbindRelativeResponseSchema = z.object({
  id: z.string(),
  refundedFen: nonNegativeFenSchema,
});

export const transferRequestSchema = z.object({
  amountFen: z.int().check(z.positive()),
  reauthGrant: reauthGrantSchema,
});
export type TransferRequest = z.infer<typeof transferRequestSchema>;

export const familyMovementSchema = z.object({
  id: z.string(),
  kind: z.enum(['transfer-in', 'premium', 'refund', 'return']),
  /** Positive: how much moved. */
  amountFen: z.int().check(z.positive()),
  at: isoDateTimeSchema,
  status: z.enum(['done', 'refunded']),
  relativeId: z.nullable(z.string()),
  relativeName: z.nullable(z.string()),
  relation: z.nullable(familyRelationSchema),
  year: z.nullable(z.int()),
  receiptId: z.nullable(z.string()),
});
export type FamilyMovement = z.infer<typeof familyMovementSchema>;

export const transferResponseSchema = z.object({
  movement: familyMovementSchema,
  personalBalanceFen: nonNegativeFenSchema,
  familyBalanceFen: nonNegativeFenSchema,
});

export const payPremiumRequestSchema = z.object({
  relativeId: z.string(),
  year: z.int(),
  /** The premium the person saw; a table that changed since is refused, not charged. */
  amountFen: z.int().check(z.positive()),
  reauthGrant: reauthGrantSchema,
});
export type PayPremiumRequest = z.infer<typeof payPremiumRequestSchema>;

export const premiumReceiptSchema = z.object({
  id: z.string(),
  receiptNo: z.string(),
  relativeId: z.string(),
  relativeName: z.string(),
  relativeIdNumber: idNumberSchema,
  relation: familyRelationSchema,
  year: z.int(),
  amountFen: z.int().check(z.positive()),
  paidAt: isoDateTimeSchema,
  benefitsFrom: isoDateSchema,
  regionName: z.string(),
  status: z.enum(['paid', 'refunded']),
  premiumSource: familySourceSchema,
});
export type PremiumReceipt = z.infer<typeof premiumReceiptSchema>;
/** The same receipt as the answer to a payment: its own object, so the OpenAPI names are stable. */
export const payPremiumResponseSchema = z.extend(premiumReceiptSchema, {});

export const familyHistorySchema = z.object({
  movements: z.array(familyMovementSchema),
  personalBalanceFen: nonNegativeFenSchema,
  familyBalanceFen: nonNegativeFenSchema,
  premiumsPaidFen: nonNegativeFenSchema,
});
export type FamilyHistory = z.infer<typeof familyHistorySchema>;

const GRANT_ERROR: EndpointError = {
  status: 403,
  codes: ['REAUTH_REQUIRED'],
  description:
    'No re-authentication grant of this session, or one that expired (POST /auth/reauth).',
};
const NOT_ELIGIBLE: EndpointError = {
  status: 403,
  codes: ['FAMILY_NOT_ELIGIBLE'],
  description: 'The person cannot hold the account (see GET /family `eligibility.reasons`).',
};

export const familyEndpoints = {
  getFamilyOverview: {
    id: 'getFamilyOverview',
    method: 'GET',
    path: '/family',
    summary:
      "Eligibility, the region's rules with sources, the account's balances (sums of the ledger), bound relatives, the household and the premium years",
    tag: 'family',
    auth: true,
    response: familyOverviewSchema,
    status: 200,
    errors: [],
  },
  createFamilyAccount: {
    id: 'createFamilyAccount',
    method: 'POST',
    path: '/family/account',
    summary: 'Open the family mutual-aid account (consent and a re-authentication grant)',
    tag: 'family',
    auth: true,
    request: createFamilyAccountRequestSchema,
    response: familyAccountSchema,
    status: 201,
    errors: [
      GRANT_ERROR,
      NOT_ELIGIBLE,
      { status: 409, codes: ['FAMILY_ACCOUNT_EXISTS'], description: 'Already open.' },
    ],
  },
  closeFamilyAccount: {
    id: 'closeFamilyAccount',
    method: 'POST',
    path: '/family/account/close',
    summary:
      "Close the account: relatives unbound (unstarted premiums refunded by the region's rule), the balance back to the personal account",
    tag: 'family',
    auth: true,
    request: closeFamilyAccountRequestSchema,
    response: closeFamilyAccountResponseSchema,
    status: 200,
    errors: [
      GRANT_ERROR,
      { status: 409, codes: ['FAMILY_ACCOUNT_MISSING'], description: 'No open account.' },
    ],
  },
  bindRelative: {
    id: 'bindRelative',
    method: 'POST',
    path: '/family/relatives',
    summary:
      'Bind a relative: verified at once when the household register shows them, else pending on a proof document',
    tag: 'family',
    auth: true,
    request: bindRelativeRequestSchema,
    response: familyBindingSchema,
    status: 201,
    errors: [
      {
        status: 400,
        codes: [
          'FAMILY_NAME_INVALID',
          'ID_NUMBER_INVALID',
          'FAMILY_RELATIVE_SELF',
          'FAMILY_RELATION_NOT_ALLOWED',
          'FAMILY_PROOF_REQUIRED',
        ],
        description:
          "Bad name or ID number, the person themselves, a relation the region's rule does not allow, or no proof for someone the household register does not show.",
      },
      NOT_ELIGIBLE,
      {
        status: 409,
        codes: ['FAMILY_ACCOUNT_MISSING', 'FAMILY_RELATIVE_ALREADY_BOUND', 'FAMILY_RELATIVE_LIMIT'],
        description: 'No open account, already bound, or as many relatives as the region allows.',
      },
    ],
  },
  unbindRelative: {
    id: 'unbindRelative',
    method: 'DELETE',
    path: '/family/relatives/{id}',
    summary: "Unbind a relative; unstarted premiums go back as the region's rule says",
    tag: 'family',
    auth: true,
    params: {
      id: {
        description: "A bound relative's `id` from the overview: `fb-` and 16 hex digits.",
        schema: familyBindingIdSchema,
      },
    },
    response: unbindRelativeResponseSchema,
    status: 200,
    errors: [{ status: 404, codes: ['NOT_FOUND'], description: 'No such bound relative.' }],
  },
  transferToFamily: {
    id: 'transferToFamily',
    method: 'POST',
    path: '/family/transfers',
    summary: 'Move money from the personal account into the family account (one per key)',
    tag: 'family',
    auth: true,
    request: transferRequestSchema,
    response: transferResponseSchema,
    status: 201,
    errors: [
      GRANT_ERROR,
      {
        status: 409,
        codes: ['FAMILY_ACCOUNT_MISSING', 'FAMILY_INSUFFICIENT_PERSONAL'],
        description: 'No open account, or more than the personal balance.',
      },
    ],
  },
  payPremium: {
    id: 'payPremium',
    method: 'POST',
    path: '/family/premiums',
    summary:
      "Pay a relative's resident-insurance premium for a year from the family account; a relative-year is paid once, whatever the key",
    tag: 'family',
    auth: true,
    request: payPremiumRequestSchema,
    response: payPremiumResponseSchema,
    status: 201,
    errors: [
      { status: 400, codes: ['FAMILY_YEAR_NOT_OFFERED'], description: 'No premium for that year.' },
      GRANT_ERROR,
      { status: 404, codes: ['NOT_FOUND'], description: 'No such bound relative.' },
      {
        status: 409,
        codes: [
          'FAMILY_ACCOUNT_MISSING',
          'FAMILY_PREMIUM_ALREADY_PAID',
          'FAMILY_RELATIVE_PENDING',
          'FAMILY_RELATIVE_EMPLOYEE_INSURED',
          'FAMILY_WINDOW_CLOSED',
          'FAMILY_PREMIUM_CHANGED',
          'FAMILY_INSUFFICIENT_FAMILY',
        ],
        description:
          'Already paid for that relative and year, relationship under review, an employee-insured relative, outside the payment window, a premium that differs from the table, or not enough in the family account.',
      },
    ],
  },
  getPremiumReceipt: {
    id: 'getPremiumReceipt',
    method: 'GET',
    path: '/family/premiums/{id}',
    summary: 'The receipt of one premium payment',
    tag: 'family',
    auth: true,
    params: {
      id: {
        description: "A premium payment's `id`, as paying answered it: `fp-` and 16 hex digits.",
        schema: familyPremiumIdSchema,
      },
    },
    response: premiumReceiptSchema,
    status: 200,
    errors: [{ status: 404, codes: ['NOT_FOUND'], description: 'No such receipt of this person.' }],
  },
  getFamilyHistory: {
    id: 'getFamilyHistory',
    method: 'GET',
    path: '/family/history',
    summary:
      'Every movement (transfers in, premiums, refunds, returns) with balances from the ledger',
    tag: 'family',
    auth: true,
    response: familyHistorySchema,
    status: 200,
    errors: [],
  },
} as const satisfies Record<string, Endpoint>;

/** The demo console's family control: the next transfer or payment is done, its answer lost. */
export const familyDemoFaultSchema = z.object({ loseNextAnswer: z.boolean() });
export type FamilyDemoFault = z.infer<typeof familyDemoFaultSchema>;

export const familyDemoEndpoints = {
  demoFamilyLoseNextAnswer: {
    id: 'demoFamilyLoseNextAnswer',
    method: 'POST',
    path: '/__demo/family/lose-next-answer',
    summary:
      'The next family transfer or premium payment is carried out, then its answer is lost (once)',
    tag: 'demo',
    auth: false,
    response: familyDemoFaultSchema,
    status: 200,
    errors: [],
    demoOnly: true,
  },
} as const satisfies Record<string, Endpoint>;
