import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { now } from './clock';
import { randomHex } from './random';
import type { VoucherPasswordRecord } from './store/records';
import type { Tx } from './store/store';

/** Wrong guesses allowed before the password locks, and for how long (as the national app). */
export const VOUCHER_PASSWORD_MAX_FAILURES = 5;
export const VOUCHER_PASSWORD_LOCK_MS = 30 * 60_000;

// Synchronous on purpose: store transactions cannot await (db.ts), so WebCrypto's async PBKDF2
// is out. The count is low because a 6-digit password is guarded by the lock, not by the hash.
const ITERATIONS = 2_000;

function hash(password: string, saltHex: string): string {
  return bytesToHex(
    pbkdf2(sha256, new TextEncoder().encode(password), hexToBytes(saltHex), {
      c: ITERATIONS,
      dkLen: 32,
    }),
  );
}

/** A fresh password record: what activation writes, and the seed for activated personas. */
export function voucherPasswordRecord(
  personId: string,
  password: string,
  { saltHex, atMs }: { saltHex: string; atMs: number },
): VoucherPasswordRecord {
  return {
    id: personId,
    saltHex,
    hashHex: hash(password, saltHex),
    failedAttempts: 0,
    lockedUntilMs: null,
    setAtMs: atMs,
  };
}

/** Sets (or replaces) the person's voucher password and clears any lock. */
export function setVoucherPassword(tx: Tx, personId: string, password: string): void {
  tx.voucherPasswords.put(
    voucherPasswordRecord(personId, password, { saltHex: randomHex(16), atMs: now() }),
  );
}

export type PasswordCheck =
  | { ok: true }
  | { ok: false; reason: 'not-set' }
  | { ok: false; reason: 'wrong'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; lockedUntilMs: number };

/**
 * Checks a guess and records the outcome: a right guess clears the count, the fifth wrong one
 * locks the password for 30 minutes. The caller's transaction keeps the count even when it
 * answers with an error, so the caller must not throw after a wrong guess.
 */
export function verifyVoucherPassword(tx: Tx, personId: string, password: string): PasswordCheck {
  const record = tx.voucherPasswords.get(personId);
  if (!record) return { ok: false, reason: 'not-set' };
  const at = now();
  if (record.lockedUntilMs !== null && record.lockedUntilMs > at) {
    return { ok: false, reason: 'locked', lockedUntilMs: record.lockedUntilMs };
  }
  if (hash(password, record.saltHex) === record.hashHex) {
    tx.voucherPasswords.update(personId, (r) => ({ ...r, failedAttempts: 0, lockedUntilMs: null }));
    return { ok: true };
  }
  const failedAttempts = (record.lockedUntilMs !== null ? 0 : record.failedAttempts) + 1;
  const locked = failedAttempts >= VOUCHER_PASSWORD_MAX_FAILURES;
  const lockedUntilMs = locked ? at + VOUCHER_PASSWORD_LOCK_MS : null;
  tx.voucherPasswords.update(personId, (r) => ({
    ...r,
    failedAttempts: locked ? 0 : failedAttempts,
    lockedUntilMs,
  }));
  return locked && lockedUntilMs !== null
    ? { ok: false, reason: 'locked', lockedUntilMs }
    : { ok: false, reason: 'wrong', attemptsLeft: VOUCHER_PASSWORD_MAX_FAILURES - failedAttempts };
}
