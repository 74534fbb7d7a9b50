import { afterEach, describe, expect, it } from 'vitest';
import { installManualClock, resetClock } from './clock';
import { readState, resetDb, transact } from './db';
import { DEMO_VOUCHER_PASSWORD, personas } from './seed';
import {
  VOUCHER_PASSWORD_LOCK_MS,
  VOUCHER_PASSWORD_MAX_FAILURES,
  setVoucherPassword,
  verifyVoucherPassword,
} from './voucher-password';

afterEach(() => resetClock());

function personId(activated: boolean): string {
  const persona = personas.find((p) => p.profile.voucherActivated === activated);
  if (!persona) throw new Error(`the seed has no persona with activated=${activated}`);
  return persona.personId;
}
const retiree = personId(true);
const notActivated = personId(false);

describe('voucher password', () => {
  it('keeps a hash, never the digits', () => {
    resetDb();
    const record = readState().voucherPasswords.get(retiree);
    expect(record).toBeDefined();
    expect(JSON.stringify(record)).not.toContain(DEMO_VOUCHER_PASSWORD);
  });

  it('accepts the right password and counts wrong ones down', () => {
    resetDb();
    expect(transact((tx) => verifyVoucherPassword(tx, retiree, DEMO_VOUCHER_PASSWORD))).toEqual({
      ok: true,
    });
    expect(transact((tx) => verifyVoucherPassword(tx, retiree, '000000'))).toEqual({
      ok: false,
      reason: 'wrong',
      attemptsLeft: VOUCHER_PASSWORD_MAX_FAILURES - 1,
    });
    // A right guess clears the count.
    transact((tx) => verifyVoucherPassword(tx, retiree, DEMO_VOUCHER_PASSWORD));
    expect(readState().voucherPasswords.get(retiree)?.failedAttempts).toBe(0);
  });

  it('locks after five wrong guesses, refuses even the right one, then opens again', () => {
    resetDb();
    const clock = installManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    const results = Array.from({ length: VOUCHER_PASSWORD_MAX_FAILURES }, () =>
      transact((tx) => verifyVoucherPassword(tx, retiree, '111111')),
    );
    const lockedUntilMs = clock.now() + VOUCHER_PASSWORD_LOCK_MS;
    expect(results.at(-1)).toEqual({ ok: false, reason: 'locked', lockedUntilMs });
    expect(transact((tx) => verifyVoucherPassword(tx, retiree, DEMO_VOUCHER_PASSWORD))).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntilMs,
    });
    clock.advance(VOUCHER_PASSWORD_LOCK_MS + 1);
    expect(transact((tx) => verifyVoucherPassword(tx, retiree, '111111'))).toMatchObject({
      reason: 'wrong',
      attemptsLeft: VOUCHER_PASSWORD_MAX_FAILURES - 1,
    });
    expect(transact((tx) => verifyVoucherPassword(tx, retiree, DEMO_VOUCHER_PASSWORD)).ok).toBe(
      true,
    );
  });

  it('says so when no password was set, and sets one', () => {
    resetDb();
    expect(transact((tx) => verifyVoucherPassword(tx, notActivated, '802413'))).toEqual({
      ok: false,
      reason: 'not-set',
    });
    transact((tx) => setVoucherPassword(tx, notActivated, '975318'));
    expect(transact((tx) => verifyVoucherPassword(tx, notActivated, '975318')).ok).toBe(true);
  });
});
