import * as z from 'zod/mini';
import type { PathParameter } from './endpoint';

/*
 * The ids that appear in paths, one schema per kind. The OpenAPI document publishes their
 * patterns (a client generator or a fuzzer can then make values that could name something), and
 * a backend answers a path id that breaks its pattern as it answers an unknown one. The demo
 * backend makes its random ids from RANDOM_ID_FORMATS (mocks/ids.ts), so they match by
 * construction.
 */

/** A random id: a prefix naming its kind, then `bytes` random bytes as lowercase hex. */
export interface RandomIdFormat {
  prefix: string;
  bytes: number;
}

export const RANDOM_ID_FORMATS = {
  proxyMember: { prefix: 'pm-', bytes: 8 },
  familyBinding: { prefix: 'fb-', bytes: 8 },
  familyPremium: { prefix: 'fp-', bytes: 8 },
  settlement: { prefix: 'stl-', bytes: 10 },
  counterVisit: { prefix: 'vis-', bytes: 12 },
} as const satisfies Record<string, RandomIdFormat>;
export type RandomIdKind = keyof typeof RANDOM_ID_FORMATS;

function randomIdSchema({ prefix, bytes }: RandomIdFormat): z.ZodMiniString {
  return z.string().check(z.regex(new RegExp(`^${prefix}[0-9a-f]{${bytes * 2}}$`)));
}

export const proxyMemberIdSchema = randomIdSchema(RANDOM_ID_FORMATS.proxyMember);
export const familyBindingIdSchema = randomIdSchema(RANDOM_ID_FORMATS.familyBinding);
export const familyPremiumIdSchema = randomIdSchema(RANDOM_ID_FORMATS.familyPremium);
export const settlementIdSchema = randomIdSchema(RANDOM_ID_FORMATS.settlement);
export const counterVisitIdSchema = randomIdSchema(RANDOM_ID_FORMATS.counterVisit);

/** Reference data: a pharmacy's id is its place in the national list, `ph-000001` onwards. */
export const pharmacyIdSchema = z.string().check(z.regex(/^ph-\d{6}$/));

/** `rx-`, the region's two letters and a two-digit number (`rx-cq-01`), as the demo issues them. */
export const prescriptionIdSchema = z.string().check(z.regex(/^rx-[a-z]{2}-\d{2}$/));

/** A family proxy member in a path: the e-voucher's family list and the member's records. */
export const PROXY_MEMBER_PARAMETER: PathParameter = {
  description: "A family proxy member's `id` from the list: `pm-` and 16 hex digits.",
  schema: proxyMemberIdSchema,
};
