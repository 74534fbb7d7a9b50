import * as z from 'zod/mini';
import type { Endpoint } from './endpoint';
import { profileSchema } from './profile';

// Mainland mobile numbers: 11 digits starting 1[3-9].
export const phoneSchema = z.string().check(z.regex(/^1[3-9]\d{9}$/));

export const smsCodeRequestSchema = z.object({ phone: phoneSchema });
export const smsCodeResponseSchema = z.object({
  resendAfterSeconds: z.int().check(z.positive()),
  expiresInSeconds: z.int().check(z.positive()),
  // Only the demo backend fills this, so the demo banner can show the "sent" code.
  demoCode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
});
export type SmsCodeResponse = z.infer<typeof smsCodeResponseSchema>;

export const loginRequestSchema = z.object({
  phone: phoneSchema,
  code: z.string().check(z.regex(/^\d{6}$/)),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionSchema = z.object({
  token: z.string().check(z.minLength(16)),
  user: profileSchema,
});
export type Session = z.infer<typeof sessionSchema>;

// Endpoints (spread into `endpoints` in endpoints.ts)
export const authEndpoints = {
  sendSmsCode: {
    id: 'sendSmsCode',
    method: 'POST',
    path: '/auth/sms-code',
    summary: 'Send a 6-digit sign-in code to a mobile number',
    tag: 'auth',
    auth: false,
    request: smsCodeRequestSchema,
    response: smsCodeResponseSchema,
    status: 200,
    errors: [
      { status: 400, codes: ['PHONE_INVALID'], description: 'Not a mainland mobile number.' },
      {
        status: 429,
        codes: ['SMS_TOO_SOON'],
        description: 'A code was sent less than a minute ago; `retryAfterSeconds` says when.',
      },
    ],
  },
  login: {
    id: 'login',
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in with a phone number and the SMS code sent to it',
    tag: 'auth',
    auth: false,
    request: loginRequestSchema,
    response: sessionSchema,
    status: 200,
    errors: [
      {
        status: 400,
        codes: ['PHONE_INVALID', 'SMS_CODE_WRONG', 'SMS_CODE_EXPIRED'],
        description: 'Bad phone, wrong code, or a code that expired or was guessed at 5 times.',
      },
      { status: 404, codes: ['NOT_FOUND'], description: 'No insured person has this phone.' },
    ],
  },
  logout: {
    id: 'logout',
    method: 'POST',
    path: '/auth/logout',
    summary: 'End the session of the token sent (an unknown token is already signed out)',
    tag: 'auth',
    auth: true,
    endsSession: true,
    status: 204,
    errors: [],
  },
} as const satisfies Record<string, Endpoint>;
