import * as z from 'zod/mini';
import type { Endpoint } from './endpoint';
import { nonNegativeFenSchema } from './common';
import { settlementStatusSchema } from './settlement';
import { PROXY_MEMBER_PARAMETER } from './ids';

/*
 * Medical-expense records (医疗费用记录; docs/decisions/024): what a person's settlements of a
 * year cost and who paid, every movement of their personal account, and what the year has used
 * of its deductible and cap. Read-only; written by settlement, the monthly credit and the family
 * mutual-aid account.
 */

export const recordKindSchema = z.enum([
  /** A bill at a counter or for delivery; its account share is the movement. */
  'settlement',
  /** A bill given back on its day: fund, account and cash reversed. */
  'refund',
  /** The month's credit to the personal account (个人账户划入). */
  'credit',
  /** What the account held when the year began (上年结转). */
  'carried-over',
  /** To or from the family mutual-aid account (家庭共济). */
  'family-transfer',
]);
export type RecordKind = z.infer<typeof recordKindSchema>;

export const recordEntrySchema = z.object({
  id: z.string(),
  kind: recordKindSchema,
  atMs: z.number(),
  /** The personal account's movement, signed (credits positive); 0 when the account paid nothing. */
  accountFen: z.int(),
  /** For a settlement or a refund: the bill, to open its receipt. */
  settlement: z.nullable(
    z.object({
      id: z.string(),
      settlementNo: z.string(),
      institutionName: z.string(),
      status: settlementStatusSchema,
      totalFen: nonNegativeFenSchema,
      policyRangeFen: nonNegativeFenSchema,
      fundFen: nonNegativeFenSchema,
      accountFen: nonNegativeFenSchema,
      cashFen: nonNegativeFenSchema,
    }),
  ),
});
export type RecordEntry = z.infer<typeof recordEntrySchema>;

export const recordTotalsSchema = z.object({
  /** Settlements that stand (paid or waiting to be paid; a refunded one counts for nothing). */
  settlementCount: z.int().check(z.nonnegative()),
  totalFen: nonNegativeFenSchema,
  /** 政策范围内费用: what the rules could pay for. */
  policyRangeFen: nonNegativeFenSchema,
  fundFen: nonNegativeFenSchema,
  accountPaidFen: nonNegativeFenSchema,
  cashFen: nonNegativeFenSchema,
  deductibleUsedFen: nonNegativeFenSchema,
  /** The year's deductible under the person's policy; null when it is per visit or none. */
  deductibleFen: z.nullable(nonNegativeFenSchema),
  /** What the pool paid, against the year's cap. */
  capUsedFen: nonNegativeFenSchema,
  /** The year's cap; null when the policy states none. */
  capFen: z.nullable(nonNegativeFenSchema),
  accountCreditedFen: nonNegativeFenSchema,
  accountSpentFen: nonNegativeFenSchema,
});
export type RecordTotals = z.infer<typeof recordTotalsSchema>;

export const recordsSchema = z.object({
  year: z.int(),
  asOfMs: z.number(),
  /** Years with any record, newest first (the year asked for is always among them). */
  years: z.array(z.int()),
  /** The policy the deductible and cap come from; null when the bundled rules have none. */
  policyId: z.nullable(z.string()),
  totals: recordTotalsSchema,
  /** Newest first. */
  entries: z.array(recordEntrySchema),
});
export type Records = z.infer<typeof recordsSchema>;

export const memberRecordsSchema = z.object({
  member: z.object({
    id: z.string(),
    /** Masked, as everywhere on screen. */
    name: z.string(),
    relation: z.string(),
    /** How the member agreed to be in the proxy account: their own face check, or a guardian. */
    consent: z.enum(['face-check', 'guardian']),
    /** False when nobody insured here has the member's ID: there is nothing to show. */
    insuredHere: z.boolean(),
  }),
  records: recordsSchema,
});
export type MemberRecords = z.infer<typeof memberRecordsSchema>;

const YEAR_PARAMETER = {
  name: 'year',
  description: 'Calendar year (China time); this year when absent; never a year to come',
  schema: { type: 'integer', minimum: 2000, maximum: 2100 },
} as const;

export const recordEndpoints = {
  listRecords: {
    id: 'listRecords',
    method: 'GET',
    path: '/records',
    summary:
      "The signed-in person's medical-expense records of a year: settlements, account movements, the year's deductible and cap used",
    tag: 'records',
    auth: true,
    query: [YEAR_PARAMETER],
    response: recordsSchema,
    status: 200,
    errors: [
      {
        status: 400,
        codes: ['RECORDS_YEAR_INVALID'],
        description: 'A year that is not YYYY, or to come.',
      },
    ],
  },
  listMemberRecords: {
    id: 'listMemberRecords',
    method: 'GET',
    path: '/voucher/family/{memberId}/records',
    summary: "A family proxy member's medical-expense records (亲情账户), with how they consented",
    tag: 'records',
    auth: true,
    params: { memberId: PROXY_MEMBER_PARAMETER },
    query: [YEAR_PARAMETER],
    response: memberRecordsSchema,
    status: 200,
    errors: [
      {
        status: 400,
        codes: ['RECORDS_YEAR_INVALID'],
        description: 'A year that is not YYYY, or to come.',
      },
      {
        status: 404,
        codes: ['NOT_FOUND'],
        description: "Not a member of the signed-in person's proxy account (or no longer).",
      },
    ],
  },
} as const satisfies Record<string, Endpoint>;
