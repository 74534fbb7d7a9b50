import * as z from 'zod/mini';
import { faultsSchema } from '@/api-contract/demo';
import { familyRelationSchema } from '@/api-contract/family';
import { familyMemberSchema, insuranceSchema, profileSchema } from '@/api-contract/profile';

/**
 * The demo backend's records, in the shapes of the domain rather than of the API: a person
 * does not hold a balance (the ledger does) or a family list (relatives point at the person),
 * and a voucher is a record of its own. Handlers map them to contract shapes.
 *
 * The schemas check what comes back from IndexedDB; the store itself trusts its writers.
 */

export const personRecordSchema = z.extend(
  z.omit(profileSchema, { insurance: true, voucherActivated: true, family: true }),
  // The balance is not here: it is the sum of the person's ledger entries.
  { insurance: z.omit(insuranceSchema, { personalAccountBalanceFen: true }) },
);
export type PersonRecord = z.infer<typeof personRecordSchema>;

export const relativeRecordSchema = z.extend(familyMemberSchema, {
  /** Whose relative: the person who sees them in their family. */
  personId: z.string(),
});
export type RelativeRecord = z.infer<typeof relativeRecordSchema>;

export const voucherRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  status: z.enum(['active', 'suspended']),
  regionCode: z.string().check(z.regex(/^\d{6}$/)),
  activatedAtMs: z.number(),
});
export type VoucherRecord = z.infer<typeof voucherRecordSchema>;

/**
 * One movement of money on an account. Balances are sums of entries, never stored beside them,
 * so a balance cannot drift from its history.
 */
export const ledgerEntryRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  /**
   * `family`: the family mutual-aid account; `premium`: resident-insurance premiums paid for
   * relatives (money that has left both accounts). A movement between them is two entries that
   * sum to zero, so a person's entries over all accounts always add up to what came in.
   */
  /**
   * `medical`: money paid from the account to medical institutions at settlement (and given
   * back by a refund), docs/decisions/022.
   */
  account: z.enum(['personal', 'family', 'premium', 'medical']),
  kind: z.enum(['opening-balance', 'credit', 'debit']),
  /** Signed: credits positive, debits negative. */
  amountFen: z.int(),
  atMs: z.number(),
  memo: z.optional(z.string()),
  /** The family movement (familyMovements) this entry is half of. */
  movementId: z.optional(z.string()),
  /** The settlement this entry is half of (paid from or refunded to the personal account). */
  settlementId: z.optional(z.string()),
});
export type LedgerEntryRecord = z.infer<typeof ledgerEntryRecordSchema>;

export const sessionRecordSchema = z.object({
  /** The opaque bearer token. */
  id: z.string(),
  personId: z.string(),
  createdAtMs: z.number(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const smsCodeRecordSchema = z.object({
  /** The phone: a new code replaces the previous one, as with a real SMS gateway. */
  id: z.string(),
  code: z.string().check(z.regex(/^\d{6}$/)),
  sentAtMs: z.number(),
  failedAttempts: z.int().check(z.nonnegative()),
});
export type SmsCodeRecord = z.infer<typeof smsCodeRecordSchema>;

/**
 * A person's 6-digit e-voucher password, as a salted PBKDF2 hash (never the digits), with the
 * wrong-guess count and the lock that five wrong guesses set. One row per person (id = personId).
 */
export const voucherPasswordRecordSchema = z.object({
  id: z.string(),
  saltHex: z.string(),
  hashHex: z.string(),
  failedAttempts: z.int().check(z.nonnegative()),
  /** While in the future, every guess is refused without being checked. */
  lockedUntilMs: z.nullable(z.number()),
  setAtMs: z.number(),
});
export type VoucherPasswordRecord = z.infer<typeof voucherPasswordRecordSchema>;

/**
 * A region where the person has an insurance record (docs/decisions/010). Several when they
 * moved jobs: the old region's record may stay behind, `stale`, until its agency closes or
 * transfers it. A person with no rows is insured where their profile says.
 */
export const insuredRegionRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  code: z.string().check(z.regex(/^\d{6}$/)),
  name: z.string(),
  status: z.enum(['current', 'stale']),
  updatedOn: z.string(),
});
export type InsuredRegionRecord = z.infer<typeof insuredRegionRecordSchema>;

/** One face check: its outcome, and whether an activation or a member's addition used it. */
export const faceCheckRecordSchema = z.object({
  id: z.string(),
  /** Who ran it (the signed-in person). */
  personId: z.string(),
  /** Whose ID photo the frame was compared with. */
  idNumber: z.string(),
  passed: z.boolean(),
  reason: z.nullable(z.enum(['too-dark', 'no-face', 'covered', 'mismatch'])),
  atMs: z.number(),
  usedAtMs: z.nullable(z.number()),
});
export type FaceCheckRecord = z.infer<typeof faceCheckRecordSchema>;

/** An issued e-voucher code (id = the opaque ecToken); a scan uses it up. */
export const voucherTokenRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  /** A proxy member's code, shown on the person's phone; null for their own. */
  memberId: z.nullable(z.string()),
  regionCode: z.string(),
  issuedAtMs: z.number(),
  expiresAtMs: z.number(),
  usedAtMs: z.nullable(z.number()),
});
export type VoucherTokenRecord = z.infer<typeof voucherTokenRecordSchema>;

/**
 * A member of the person's family proxy account (亲情账户): someone whose e-voucher the person
 * activates and shows. Not `relatives` (the household list of the family mutual-aid account).
 * The guardian's document image is not kept, only its kind and size.
 */
export const proxyMemberRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  relation: z.enum(['spouse', 'father', 'mother', 'child', 'grandparent', 'grandchild']),
  name: z.string(),
  idNumber: z.string(),
  birthDate: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  consent: z.enum(['face-check', 'guardian']),
  documentKind: z.nullable(z.enum(['household-register', 'birth-certificate'])),
  documentBytes: z.nullable(z.int()),
  activatedAtMs: z.nullable(z.number()),
  addedAtMs: z.number(),
});
export type ProxyMemberRecord = z.infer<typeof proxyMemberRecordSchema>;

/** The demo console's e-voucher settings: one row, id `current` (defaults when absent). */
export const voucherSettingsRecordSchema = z.object({
  id: z.literal('current'),
  nextFaceFailure: z.nullable(z.enum(['too-dark', 'no-face', 'covered', 'mismatch'])),
  tokenLifetimeSeconds: z.int().check(z.positive()),
});
export type VoucherSettingsRecord = z.infer<typeof voucherSettingsRecordSchema>;

/** A mutation's first answer, replayed to every repeat with the same key (see idempotency.ts). */
export const idempotencyRecordSchema = z.object({
  /** `${scope} ${key}` */
  id: z.string(),
  /** `person:<id>` or `anonymous` for the sign-in endpoints. */
  scope: z.string(),
  key: z.string(),
  /** Method, path and canonical body of the first request. */
  fingerprint: z.string(),
  status: z.int(),
  /** The answer's JSON text; null for 204. */
  body: z.nullable(z.string()),
  headers: z.record(z.string(), z.string()),
  createdAtMs: z.number(),
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;

/**
 * An e-prescription as the prescription centre holds it. `expired` is never stored: a
 * prescription still to collect is expired when read after `issuedAtMs + validDays`, so it
 * expires with the backend clock and no job has to flip it.
 */
export const prescriptionRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  status: z.enum(['to-collect', 'sent', 'collected', 'revoked']),
  hospitalName: z.string(),
  institutionLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  department: z.string(),
  doctorName: z.string(),
  diagnosis: z.string(),
  issuedAtMs: z.number(),
  validDays: z.int().check(z.positive()),
  kind: z.enum(['dual-channel', 'outpatient-pooling', 'other']),
  longTermWeeks: z.nullable(z.int().check(z.positive())),
  /** Drugs by catalogue code (mocks/reference/drugs.ts). */
  items: z.array(
    z.object({
      code: z.string(),
      quantity: z.int().check(z.positive()),
      usage: z.string(),
      days: z.int().check(z.positive()),
    }),
  ),
  revokedReason: z.nullable(z.string()),
  dispensing: z.nullable(
    z.object({
      pharmacyId: z.string(),
      method: z.enum(['pickup', 'delivery']),
      pickupCode: z.string(),
      sentAtMs: z.number(),
      deliveryFeeFen: z.int().check(z.nonnegative()),
      address: z.nullable(
        z.object({
          district: z.string(),
          detail: z.string(),
          recipient: z.string(),
          phone: z.string(),
        }),
      ),
    }),
  ),
});
export type PrescriptionRecord = z.infer<typeof prescriptionRecordSchema>;

/** The demo console's fault settings: one row, id `current`. */
export const faultsRecordSchema = z.extend(faultsSchema, { id: z.literal('current') });
export type FaultsRecord = z.infer<typeof faultsRecordSchema>;

/*
 * The family mutual-aid account (docs/decisions/012). Money is never stored here: balances and
 * premiums paid are sums of ledger entries; these records say what happened and to whom.
 */

/** A family mutual-aid account; `closedAtMs` set when closed (a person may open a new one). */
export const familyAccountRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  regionCode: z.string(),
  openedAtMs: z.number(),
  closedAtMs: z.nullable(z.number()),
});
export type FamilyAccountRecord = z.infer<typeof familyAccountRecordSchema>;

/** A relative bound to an account; the proof image itself is not kept, only what it was. */
export const familyBindingRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  accountId: z.string(),
  relation: familyRelationSchema,
  name: z.string(),
  idNumber: z.string(),
  birthDate: z.string(),
  scheme: z.enum(['employee', 'resident', 'none']),
  verifiedBy: z.enum(['household', 'proof']),
  proof: z.nullable(z.object({ fileName: z.string(), mimeType: z.string(), sizeBytes: z.int() })),
  boundAtMs: z.number(),
  unboundAtMs: z.nullable(z.number()),
});
export type FamilyBindingRecord = z.infer<typeof familyBindingRecordSchema>;

/** One movement of the family account: its ledger entries carry its id. */
export const familyMovementRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  accountId: z.string(),
  kind: z.enum(['transfer-in', 'premium', 'refund', 'return']),
  amountFen: z.int(),
  atMs: z.number(),
  bindingId: z.nullable(z.string()),
  year: z.nullable(z.int()),
  /** The Idempotency-Key of the request that made it: which intent this movement answers. */
  requestKey: z.nullable(z.string()),
  /** For a refund: the premium movement it gives back. */
  refundOf: z.nullable(z.string()),
});
export type FamilyMovementRecord = z.infer<typeof familyMovementRecordSchema>;

/** A relative's premium for one year; `relativeYear` is unique among those not refunded. */
export const familyPremiumRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  bindingId: z.string(),
  /** `${relative's ID number}:${year}`, whoever paid it. */
  relativeYear: z.string(),
  year: z.int(),
  amountFen: z.int(),
  movementId: z.string(),
  receiptNo: z.string(),
  paidAtMs: z.number(),
  benefitsFrom: z.string(),
  refundedAtMs: z.nullable(z.number()),
});
export type FamilyPremiumRecord = z.infer<typeof familyPremiumRecordSchema>;

/** A re-authentication grant (id = the grant), good for one session for a few minutes. */
export const reauthGrantRecordSchema = z.object({
  id: z.string(),
  personId: z.string(),
  sessionToken: z.string(),
  method: z.enum(['voucher-password', 'sms']),
  expiresAtMs: z.number(),
});
export type ReauthGrantRecord = z.infer<typeof reauthGrantRecordSchema>;

/*
 * Settlement at the counter (docs/decisions/022). A settlement keeps the bill and the split the
 * rules made of it, as a receipt does; the money is in `settlementLegs` (who paid what, refunds
 * as reversing legs) and, for the personal account, in the ledger.
 */

/** A scanned e-voucher code at an institution: the counter works on the person through it. */
export const counterVisitRecordSchema = z.object({
  id: z.string(),
  institutionId: z.string(),
  personId: z.string(),
  openedAtMs: z.number(),
  expiresAtMs: z.number(),
  reviews: z.array(
    z.object({
      prescriptionId: z.string(),
      decision: z.enum(['approved', 'refused']),
      reason: z.nullable(z.string()),
      atMs: z.number(),
    }),
  ),
});
export type CounterVisitRecord = z.infer<typeof counterVisitRecordSchema>;

export const settlementRecordSchema = z.object({
  id: z.string(),
  settlementNo: z.string(),
  personId: z.string(),
  visitId: z.nullable(z.string()),
  institutionId: z.string(),
  channel: z.enum(['counter', 'delivery']),
  prescriptionId: z.nullable(z.string()),
  claimDate: z.string(),
  createdAtMs: z.number(),
  setting: z.enum(['pharmacy', 'outpatient']),
  institutionLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  items: z.array(
    z.object({
      drugCode: z.string(),
      quantity: z.int().check(z.positive()),
      unitPriceFen: z.int().check(z.nonnegative()),
      platformPriceFen: z.int().check(z.nonnegative()),
      pooled: z.boolean(),
      traceCodes: z.array(z.string()),
    }),
  ),
  deliveryFeeFen: z.int().check(z.nonnegative()),
  policyId: z.string(),
  /** The split, as made when billed (or re-made at payment when the account had fallen). */
  split: z.object({
    totalFen: z.int(),
    policyRangeFen: z.int(),
    fundFen: z.int(),
    accountFen: z.int(),
    cashFen: z.int(),
    claimKind: z.enum(['outpatient', 'pharmacy', 'inpatient']),
    accountShort: z.boolean(),
    /** What this claim added to the year's deductible met and pool paid. */
    deductibleAppliedFen: z.int(),
    poolFen: z.int(),
    trace: z.array(z.unknown()),
  }),
  yearBefore: z.object({
    year: z.int(),
    deductibleUsedFen: z.int(),
    poolPaidFen: z.int(),
  }),
  status: z.enum(['pending', 'paid', 'cancelled', 'refunded']),
  paidAtMs: z.nullable(z.number()),
  payChannel: z.nullable(z.enum(['wechat', 'alipay'])),
  lastPaymentProblem: z.nullable(z.enum(['cancelled', 'failed'])),
  cancelledAtMs: z.nullable(z.number()),
  refundedAtMs: z.nullable(z.number()),
  dispensedAtMs: z.nullable(z.number()),
});
export type SettlementRecord = z.infer<typeof settlementRecordSchema>;

/** Who paid what of a settlement; a refund writes a reversing leg for each payment leg. */
export const settlementLegRecordSchema = z.object({
  id: z.string(),
  settlementId: z.string(),
  personId: z.string(),
  payer: z.enum(['fund', 'account', 'mobile']),
  /** Positive for a payment, negative for a refund. */
  amountFen: z.int(),
  channel: z.nullable(z.enum(['wechat', 'alipay'])),
  atMs: z.number(),
});
export type SettlementLegRecord = z.infer<typeof settlementLegRecordSchema>;

/** The demo console's mobile-payment outcome: one row, id `current` (paid when absent). */
export const paymentSettingsRecordSchema = z.object({
  id: z.literal('current'),
  outcome: z.enum(['paid', 'cancelled', 'failed', 'lost']),
});
export type PaymentSettingsRecord = z.infer<typeof paymentSettingsRecordSchema>;

/**
 * A sale of a box recorded outside a settlement: the demo console's "settle this box again"
 * (docs/decisions/025), standing in for a resold box billed at another pharmacy.
 */
export const traceSaleRecordSchema = z.object({
  id: z.string(),
  code: z.string(),
  drugCode: z.string(),
  institutionId: z.string(),
  atMs: z.number(),
});
export type TraceSaleRecord = z.infer<typeof traceSaleRecordSchema>;
