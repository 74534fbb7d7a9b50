import { expect } from 'vitest';
import { reauthResponseSchema } from '@/api-contract/reauth';
import { counterVisitSchema, settlementSchema, type Settlement } from '@/api-contract/settlement';
import { voucherCodeSchema } from '@/api-contract/voucher';
import { transact } from './db';
import { DEMO_VOUCHER_PASSWORD } from './seed';
import { createSession } from './sessions';
import { callApi } from './test-utils';

/** Handler tests' shared steps at the counter (the demo backend in process). */

export const METFORMIN = 'XA10BAM048A001010100811';
export const CQ_LEVEL_3_HOSPITAL = 'hs-cq-3';

/** A session for the person, as a sign-in would make. */
export const signInAs = (personId: string): string =>
  transact((tx) => createSession(tx, personId)).token;

/**
 * A walk-in of `quantity` boxes of metformin billed at the Chongqing level-3 desk from the
 * person's fresh code; paid from the phone (re-authenticated by the voucher password) unless
 * `pay` is false. Returns the bill as it stands after.
 */
export async function walkIn(token: string, quantity: number, pay = true): Promise<Settlement> {
  const code = await callApi('POST', '/voucher/code', {
    token,
    body: {},
    schema: voucherCodeSchema,
  });
  const visit = await callApi('POST', '/counter/visits', {
    body: { institutionId: CQ_LEVEL_3_HOSPITAL, ecToken: code.data?.ecToken },
    schema: counterVisitSchema,
  });
  const billed = await callApi('POST', `/counter/visits/${visit.data?.id}/settlements`, {
    body: { prescriptionId: null, items: [{ drugCode: METFORMIN, quantity, unitPriceFen: 1_280 }] },
    schema: settlementSchema,
  });
  const s = billed.data;
  if (!s) throw new Error('not billed');
  if (!pay) return s;
  const grant = await callApi('POST', '/auth/reauth', {
    token,
    body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
    schema: reauthResponseSchema,
  });
  const paid = await callApi('POST', `/settlements/${s.id}/pay`, {
    token,
    body: {
      channel: s.cashFen > 0 ? 'wechat' : null,
      cashFen: s.cashFen,
      reauthGrant: grant.data?.grant,
    },
    schema: settlementSchema,
  });
  expect(paid.status).toBe(200);
  return paid.data ?? s;
}
