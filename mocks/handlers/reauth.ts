import { endpoints } from '@/api-contract/endpoints';
import { REAUTH_GRANT_SECONDS, reauthResponseSchema } from '@/api-contract/reauth';
import { now } from '../clock';
import { fail, ok, type Reply } from '../http-utils';
import { randomHex } from '../random';
import { route } from '../route';
import type { Tx } from '../store/store';
import { verifyVoucherPassword } from '../voucher-password';
import { SMS_EXPIRES_IN_SECONDS, SMS_MAX_FAILED_ATTEMPTS } from './auth';

// Grants of ended sessions are useless; the cap keeps the persisted state small.
const MAX_GRANTS = 50;

function grant(
  tx: Tx,
  session: { token: string; personId: string },
  method: 'voucher-password' | 'sms',
): Reply {
  const id = randomHex(24);
  tx.reauthGrants.insert({
    id,
    personId: session.personId,
    sessionToken: session.token,
    method,
    expiresAtMs: now() + REAUTH_GRANT_SECONDS * 1000,
  });
  const grants = tx.reauthGrants.all().sort((a, b) => a.expiresAtMs - b.expiresAtMs);
  grants.forEach((old, index) => {
    if (old.expiresAtMs <= now() || index < grants.length - MAX_GRANTS) {
      tx.reauthGrants.delete(old.id);
    }
  });
  return ok(reauthResponseSchema, { grant: id, expiresInSeconds: REAUTH_GRANT_SECONDS });
}

/**
 * Re-authentication before money moves (docs/decisions/012). A wrong password is counted in
 * the same transaction that answers it (the handler returns, never throws), so five wrong
 * tries lock the password however the answers are lost or retried.
 */
export const reauthHandlers = [
  route(endpoints.reauth, ({ tx, session, body }) => {
    if (body.method === 'voucher-password') {
      const check = verifyVoucherPassword(tx, session.personId, body.password);
      if (check.ok) return grant(tx, session, 'voucher-password');
      switch (check.reason) {
        case 'not-set':
          return fail('REAUTH_PASSWORD_NOT_SET');
        case 'wrong':
          return fail('REAUTH_PASSWORD_WRONG', {
            message: `${check.attemptsLeft} tries left before the lock`,
            attemptsLeft: check.attemptsLeft,
          });
        case 'locked':
          return fail('REAUTH_LOCKED', {
            retryAfterSeconds: Math.max(1, Math.ceil((check.lockedUntilMs - now()) / 1000)),
          });
      }
    }
    const person = tx.persons.get(session.personId);
    const record = person ? tx.smsCodes.get(person.phone) : undefined;
    if (person === undefined || record === undefined) return fail('SMS_CODE_WRONG');
    if (
      now() - record.sentAtMs > SMS_EXPIRES_IN_SECONDS * 1000 ||
      record.failedAttempts >= SMS_MAX_FAILED_ATTEMPTS
    ) {
      return fail('SMS_CODE_EXPIRED');
    }
    if (record.code !== body.code) {
      tx.smsCodes.update(person.phone, (r) => ({ ...r, failedAttempts: r.failedAttempts + 1 }));
      return fail('SMS_CODE_WRONG');
    }
    tx.smsCodes.delete(person.phone);
    return grant(tx, session, 'sms');
  }),
];
