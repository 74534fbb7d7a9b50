import * as z from 'zod/mini';
import type { Endpoint } from './endpoint';

/**
 * Re-authentication before money moves (docs/decisions/012): the signed-in person proves again
 * that they are at the phone, with the e-voucher password or an SMS code sent to their own number
 * (`POST /auth/sms-code`), and gets a short-lived grant. Every request that moves money carries
 * the grant in its body; a grant belongs to the session that asked for it.
 */
export const reauthRequestSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('voucher-password'),
    password: z.string().check(z.regex(/^\d{6}$/)),
  }),
  z.object({
    method: z.literal('sms'),
    code: z.string().check(z.regex(/^\d{6}$/)),
  }),
]);
export type ReauthRequest = z.infer<typeof reauthRequestSchema>;

export const reauthGrantSchema = z.string().check(z.minLength(16), z.maxLength(128));

export const reauthResponseSchema = z.object({
  grant: reauthGrantSchema,
  expiresInSeconds: z.int().check(z.positive()),
});
export type ReauthResponse = z.infer<typeof reauthResponseSchema>;

/** How long a grant lasts: long enough to confirm and retry one payment, no longer. */
export const REAUTH_GRANT_SECONDS = 300;

export const reauthEndpoints = {
  reauth: {
    id: 'reauth',
    method: 'POST',
    path: '/auth/reauth',
    summary:
      'Re-authenticate the signed-in person (e-voucher password, or an SMS code sent to their own phone by /auth/sms-code) for a short-lived grant that money moves carry',
    tag: 'auth',
    auth: true,
    request: reauthRequestSchema,
    response: reauthResponseSchema,
    status: 200,
    errors: [
      {
        status: 400,
        codes: ['REAUTH_PASSWORD_WRONG', 'SMS_CODE_WRONG', 'SMS_CODE_EXPIRED'],
        description:
          'Wrong e-voucher password (counts towards the lock of 5 wrong tries; `attemptsLeft` says how many remain), or a wrong or expired SMS code.',
      },
      {
        status: 409,
        codes: ['REAUTH_PASSWORD_NOT_SET'],
        description: 'The person has no e-voucher password: use an SMS code.',
      },
      {
        status: 423,
        codes: ['REAUTH_LOCKED'],
        description:
          'The password is locked after 5 wrong tries; `retryAfterSeconds` says how long.',
      },
    ],
  },
} as const satisfies Record<string, Endpoint>;
