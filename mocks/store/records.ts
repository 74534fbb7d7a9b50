import * as z from 'zod/mini';
import { faultsSchema } from '@/api-contract/demo';
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
  account: z.enum(['personal']),
  kind: z.enum(['opening-balance', 'credit', 'debit']),
  /** Signed: credits positive, debits negative. */
  amountFen: z.int(),
  atMs: z.number(),
  memo: z.optional(z.string()),
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

/** The demo console's fault settings: one row, id `current`. */
export const faultsRecordSchema = z.extend(faultsSchema, { id: z.literal('current') });
export type FaultsRecord = z.infer<typeof faultsRecordSchema>;
