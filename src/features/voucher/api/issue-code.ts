import { type VoucherCode, voucherEndpoints } from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';

/** A new short-lived code; each call is its own intent, so the caller passes a fresh key. */
export function issueCode(
  memberId: string | undefined,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<VoucherCode> {
  return apiRequest(voucherEndpoints.issueVoucherCode, {
    body: memberId === undefined ? {} : { memberId },
    idempotencyKey,
    ...(signal ? { signal } : {}),
  });
}
