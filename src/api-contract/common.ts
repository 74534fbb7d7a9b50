// zod/mini: the same validation as classic zod at about a quarter of the size (6 vs 23 KiB
// gzip), which keeps the entry chunk inside its budget (docs/decisions/005).
import * as z from 'zod/mini';

/** Every non-2xx response body from the API. `code` is stable and maps to an i18n key. */
export const apiErrorBodySchema = z.object({
  code: z.string(),
  message: z.optional(z.string()),
  retryAfterSeconds: z.optional(z.int().check(z.nonnegative())),
  /** Tries left before a lock (a wrong password), so the person knows before it happens. */
  attemptsLeft: z.optional(z.int().check(z.nonnegative())),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** Error codes the backend may send; the client maps them to `errors.api.<code>`. */
export const API_ERROR_CODES = [
  'SMS_TOO_SOON',
  'SMS_CODE_WRONG',
  'SMS_CODE_EXPIRED',
  'PHONE_INVALID',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'SERVER_ERROR',
  'BAD_REQUEST',
  // Records (docs/decisions/024): a year that is not YYYY, or one to come.
  'RECORDS_YEAR_INVALID',
  // Drug traceability codes (docs/decisions/025): not exactly 20 digits.
  'TRACE_CODE_INVALID',
  // Idempotency (docs/decisions/008): a mutation needs a key; a key names one request body.
  'IDEMPOTENCY_KEY_MISSING',
  'IDEMPOTENCY_KEY_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
  // E-voucher (docs/decisions/010).
  'ID_NUMBER_INVALID',
  'VOUCHER_IDENTITY_MISMATCH',
  'VOUCHER_ALREADY_ACTIVATED',
  'VOUCHER_NOT_ACTIVATED',
  'VOUCHER_REGION_INVALID',
  'VOUCHER_REGION_STALE',
  'FACE_CHECK_REQUIRED',
  'VOUCHER_PASSWORD_WEAK',
  'VOUCHER_TOKEN_EXPIRED',
  'VOUCHER_TOKEN_USED',
  'PROXY_MEMBER_LIMIT',
  'PROXY_MEMBER_DUPLICATE',
  'PROXY_MEMBER_SELF',
  'PROXY_CONSENT_MISSING',
  // Re-authentication before money moves and the family mutual-aid account (docs/decisions/012).
  'REAUTH_PASSWORD_WRONG',
  'REAUTH_LOCKED',
  'REAUTH_PASSWORD_NOT_SET',
  'REAUTH_REQUIRED',
  'FAMILY_NOT_ELIGIBLE',
  'FAMILY_ACCOUNT_EXISTS',
  'FAMILY_ACCOUNT_MISSING',
  'FAMILY_NAME_INVALID',
  'FAMILY_RELATIVE_SELF',
  'FAMILY_RELATIVE_ALREADY_BOUND',
  'FAMILY_RELATION_NOT_ALLOWED',
  'FAMILY_RELATIVE_LIMIT',
  'FAMILY_PROOF_REQUIRED',
  'FAMILY_RELATIVE_PENDING',
  'FAMILY_INSUFFICIENT_PERSONAL',
  'FAMILY_INSUFFICIENT_FAMILY',
  'FAMILY_WINDOW_CLOSED',
  'FAMILY_YEAR_NOT_OFFERED',
  'FAMILY_PREMIUM_ALREADY_PAID',
  'FAMILY_PREMIUM_CHANGED',
  'FAMILY_RELATIVE_EMPLOYEE_INSURED',
  // Prescriptions (docs/decisions/011).
  'PRESCRIPTION_EXPIRED',
  'PRESCRIPTION_REVOKED',
  'PRESCRIPTION_ALREADY_SENT',
  'PHARMACY_CANNOT_FILL',
  'ADDRESS_INVALID',
  'LOCATION_INVALID',
  // Settlement at the counter and mobile payment (docs/decisions/022).
  'COUNTER_HOLDER_UNSUPPORTED',
  'PRESCRIPTION_ALREADY_SETTLED',
  'PRESCRIPTION_OTHER_PHARMACY',
  'PRESCRIPTION_NOT_REVIEWED',
  'REVIEW_REASON_REQUIRED',
  'SETTLEMENT_PENDING',
  'SETTLEMENT_QUANTITY_INVALID',
  'SETTLEMENT_PRICE_INVALID',
  'SETTLEMENT_DRUG_UNKNOWN',
  'SETTLEMENT_DRUG_NOT_STOCKED',
  'SETTLEMENT_ITEMS_MISMATCH',
  'SETTLEMENT_NOT_COVERED',
  'SETTLEMENT_NOT_PENDING',
  'SETTLEMENT_CHANGED',
  'SETTLEMENT_NOT_PAID',
  'SETTLEMENT_ALREADY_REFUNDED',
  'SETTLEMENT_REFUND_DAY_PASSED',
  'PAYMENT_CHANNEL_REQUIRED',
  'PAYMENT_CANCELLED',
  'PAYMENT_FAILED',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const fenSchema = z.int();
export const nonNegativeFenSchema = z.int().check(z.nonnegative());

/**
 * The `Idempotency-Key` header every mutation carries: 1–255 printable ASCII characters (a UUID
 * in practice), made once per user intent and reused on every retry of it.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
export const idempotencyKeySchema = z
  .string()
  .check(z.minLength(1), z.maxLength(IDEMPOTENCY_KEY_MAX_LENGTH), z.regex(/^[\x21-\x7e]+$/));
/** Stored answers are replayed for this long, then the key may be used again. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** Set on a response that replays the stored answer of an earlier request with the same key. */
export const IDEMPOTENT_REPLAY_HEADER = 'Idempotent-Replayed';

/**
 * A Chinese name: Han characters, with `·` between the parts of a minority name
 * (买买提·艾力). 2–20 characters; clients normalise `•`/`・`/`.` to `·` first
 * (`src/lib/person-name.ts`).
 */
export const CHINESE_NAME_PATTERN =
  /^[\u3400-\u4dbf\u4e00-\u9fff]+(?:·[\u3400-\u4dbf\u4e00-\u9fff]+)*$/;
export const chineseNameSchema = z
  .string()
  .check(z.minLength(2), z.maxLength(20), z.regex(CHINESE_NAME_PATTERN));
