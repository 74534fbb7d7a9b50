import { phoneSchema, sessionSchema, smsCodeResponseSchema } from '@/api-contract/auth';
import { endpoints } from '@/api-contract/endpoints';
import { now } from '../clock';
import { personByPhone } from '../db';
import { emitSmsSent } from '../events';
import { fail, noContent, ok } from '../http-utils';
import { randomDigits6 } from '../random';
import { route } from '../route';
import { createSession } from '../sessions';

export const SMS_RESEND_AFTER_SECONDS = 60;
export const SMS_EXPIRES_IN_SECONDS = 300;
// After this many wrong guesses the code is burnt, as real SMS gateways do against guessing.
export const SMS_MAX_FAILED_ATTEMPTS = 5;

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
  route(
    endpoints.sendSmsCode,
    ({ tx, body: { phone } }) => {
      const previous = tx.smsCodes.get(phone);
      const sinceMs = previous === undefined ? Infinity : now() - previous.sentAtMs;
      if (sinceMs < SMS_RESEND_AFTER_SECONDS * 1000) {
        const retryAfterSeconds = Math.ceil((SMS_RESEND_AFTER_SECONDS * 1000 - sinceMs) / 1000);
        return fail('SMS_TOO_SOON', { retryAfterSeconds });
      }
      const code = randomDigits6();
      const sentAtMs = now();
      tx.smsCodes.put({ id: phone, code, sentAtMs, failedAttempts: 0 });
      // The "SMS" goes out once the code is stored; a listener cannot undo the request.
      queueMicrotask(() => emitSmsSent({ phone, code, sentAtMs }));
      return ok(smsCodeResponseSchema, {
        resendAfterSeconds: SMS_RESEND_AFTER_SECONDS,
        expiresInSeconds: SMS_EXPIRES_IN_SECONDS,
        demoCode: code,
      });
    },
    { invalidBody: () => fail('PHONE_INVALID') },
  ),

  route(
    endpoints.login,
    ({ tx, body: { phone, code } }) => {
      const record = tx.smsCodes.get(phone);
      if (record === undefined) {
        return fail('SMS_CODE_WRONG', { message: 'No code was requested for this phone' });
      }
      if (
        now() - record.sentAtMs > SMS_EXPIRES_IN_SECONDS * 1000 ||
        record.failedAttempts >= SMS_MAX_FAILED_ATTEMPTS
      ) {
        return fail('SMS_CODE_EXPIRED', { message: 'Request a new code' });
      }
      if (record.code !== code) {
        tx.smsCodes.update(phone, (stored) => ({
          ...stored,
          failedAttempts: stored.failedAttempts + 1,
        }));
        return fail('SMS_CODE_WRONG');
      }
      // Single use: the code goes as soon as it has been matched, whatever happens next.
      tx.smsCodes.delete(phone);
      const person = personByPhone(tx, phone);
      if (person === undefined) {
        return fail('NOT_FOUND', {
          message: 'No insured person with this phone (the demo signs in its personas only)',
        });
      }
      return ok(sessionSchema, createSession(tx, person.id));
    },
    {
      // The phone is fine, so what is wrong is the code: tell the person in those words.
      invalidBody: (raw) =>
        hasPhoneField(raw) && phoneSchema.safeParse(raw.phone).success
          ? fail('SMS_CODE_WRONG')
          : fail('PHONE_INVALID'),
    },
  ),

  // A token that names no session is answered 204 by the route layer (`endsSession`).
  route(endpoints.logout, ({ tx, session }) => {
    tx.sessions.delete(session.token);
    return noContent();
  }),
];
