import { http } from 'msw';
import {
  loginRequestSchema,
  phoneSchema,
  sessionSchema,
  smsCodeRequestSchema,
  smsCodeResponseSchema,
} from '@/api-contract/auth';
import { now } from '../clock';
import { findPersonaByPhone, getDb, updateDb, withoutKey } from '../db';
import { emitSmsSent } from '../events';
import { apiError, bearerToken, jsonResponse, noContent, readJson } from '../http-utils';
import { createSession, removeSession } from '../sessions';

export const SMS_RESEND_AFTER_SECONDS = 60;
export const SMS_EXPIRES_IN_SECONDS = 300;
// After this many wrong guesses the code is burnt, as real SMS gateways do against guessing.
export const SMS_MAX_FAILED_ATTEMPTS = 5;

function newSmsCode(): string {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return String(value % 1_000_000).padStart(6, '0');
}

function hasPhoneField(body: unknown): body is { phone: unknown } {
  return typeof body === 'object' && body !== null && 'phone' in body;
}

/**
 * Sign-in by SMS code. Any valid mobile number may ask for a code; only a persona's number can
 * sign in (the demo has no registration). The unknown-number answer comes after the code check,
 * so nobody can probe which numbers are enrolled without receiving their SMS, as with a real
 * backend.
 */
export const authHandlers = [
  http.post('*/api/auth/sms-code', async ({ request }) => {
    const body = await readJson(request);
    if (body === undefined) return apiError(400, 'BAD_REQUEST', { message: 'Body must be JSON' });
    const parsed = smsCodeRequestSchema.safeParse(body);
    if (!parsed.success) return apiError(400, 'PHONE_INVALID');
    const { phone } = parsed.data;

    const previous = getDb().smsCodes[phone];
    const sinceMs = previous === undefined ? Infinity : now() - previous.sentAtMs;
    if (sinceMs < SMS_RESEND_AFTER_SECONDS * 1000) {
      const retryAfterSeconds = Math.ceil((SMS_RESEND_AFTER_SECONDS * 1000 - sinceMs) / 1000);
      return apiError(429, 'SMS_TOO_SOON', { retryAfterSeconds });
    }

    const code = newSmsCode();
    const sentAtMs = now();
    updateDb((db) => {
      db.smsCodes[phone] = { phone, code, sentAtMs, failedAttempts: 0 };
    });
    emitSmsSent({ phone, code, sentAtMs });
    return jsonResponse(smsCodeResponseSchema, {
      resendAfterSeconds: SMS_RESEND_AFTER_SECONDS,
      expiresInSeconds: SMS_EXPIRES_IN_SECONDS,
      demoCode: code,
    });
  }),

  http.post('*/api/auth/login', async ({ request }) => {
    const body = await readJson(request);
    if (body === undefined) return apiError(400, 'BAD_REQUEST', { message: 'Body must be JSON' });
    if (!hasPhoneField(body) || !phoneSchema.safeParse(body.phone).success) {
      return apiError(400, 'PHONE_INVALID');
    }
    const parsed = loginRequestSchema.safeParse(body);
    // The phone is fine, so what is wrong is the code: tell the person in those words.
    if (!parsed.success) return apiError(400, 'SMS_CODE_WRONG');
    const { phone, code } = parsed.data;

    const record = getDb().smsCodes[phone];
    if (record === undefined) {
      return apiError(400, 'SMS_CODE_WRONG', { message: 'No code was requested for this phone' });
    }
    if (
      now() - record.sentAtMs > SMS_EXPIRES_IN_SECONDS * 1000 ||
      record.failedAttempts >= SMS_MAX_FAILED_ATTEMPTS
    ) {
      return apiError(400, 'SMS_CODE_EXPIRED', { message: 'Request a new code' });
    }
    if (record.code !== code) {
      updateDb((db) => {
        const stored = db.smsCodes[phone];
        if (stored) stored.failedAttempts += 1;
      });
      return apiError(400, 'SMS_CODE_WRONG');
    }

    // Single use: the code goes as soon as it has been matched, whatever happens next.
    updateDb((db) => {
      db.smsCodes = withoutKey(db.smsCodes, phone);
    });
    const persona = findPersonaByPhone(phone);
    if (persona === undefined) {
      return apiError(404, 'NOT_FOUND', {
        message: 'No insured person with this phone (the demo signs in its personas only)',
      });
    }
    return jsonResponse(sessionSchema, createSession(persona));
  }),

  http.post('*/api/auth/logout', ({ request }) => {
    const token = bearerToken(request);
    if (token === null) return apiError(401, 'UNAUTHENTICATED');
    // An unknown token is already signed out: a retried logout whose first answer was lost
    // must not fail.
    removeSession(token);
    return noContent();
  }),
];
