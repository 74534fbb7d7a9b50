import * as z from 'zod/mini';
import type { Endpoint } from './endpoint';
import { isoDateSchema, nonNegativeFenSchema } from './common';

const idNumberSchema = z.string().check(z.regex(/^\d{17}[\dX]$/));

export const insuranceSchema = z.object({
  scheme: z.enum(['employee', 'resident']),
  status: z.enum(['employed', 'retired']),
  enrolment: z.enum(['unit', 'individual-tier1', 'individual-tier2']),
  /** Which bundled rules policy fits this person, when one does (src/rules policy id). */
  policyId: z.nullable(z.string()),
  regionCode: z.string().check(z.regex(/^\d{6}$/)),
  regionName: z.string(),
  personalAccountBalanceFen: nonNegativeFenSchema,
  /** Monthly contribution base for employed members; null for retirees. */
  contributionBaseFen: z.nullable(nonNegativeFenSchema),
});
export type Insurance = z.infer<typeof insuranceSchema>;

export const relationSchema = z.enum(['spouse', 'father', 'mother', 'child']);

export const familyMemberSchema = z.object({
  id: z.string(),
  relation: relationSchema,
  name: z.string().check(z.minLength(1)),
  idNumber: idNumberSchema,
  birthDate: isoDateSchema,
  scheme: z.enum(['employee', 'resident', 'none']),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const profileSchema = z.object({
  id: z.string(),
  name: z.string().check(z.minLength(1)),
  idNumber: idNumberSchema,
  phone: z.string().check(z.regex(/^1[3-9]\d{9}$/)),
  gender: z.enum(['male', 'female']),
  birthDate: isoDateSchema,
  insurance: insuranceSchema,
  voucherActivated: z.boolean(),
  family: z.array(familyMemberSchema),
});
export type Profile = z.infer<typeof profileSchema>;

// Endpoints (spread into `endpoints` in endpoints.ts)
export const profileEndpoints = {
  getMe: {
    id: 'getMe',
    method: 'GET',
    path: '/me',
    summary: "The signed-in person's profile, insurance and family",
    tag: 'profile',
    auth: true,
    response: profileSchema,
    status: 200,
    errors: [],
  },
} as const satisfies Record<string, Endpoint>;
