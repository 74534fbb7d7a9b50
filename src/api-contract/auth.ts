import * as z from 'zod/mini';
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
