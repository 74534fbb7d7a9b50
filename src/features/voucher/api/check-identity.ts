import {
  type IdentityCheckRequest,
  type IdentityCheckResponse,
  voucherEndpoints,
} from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function checkIdentity(
  body: IdentityCheckRequest,
  idempotencyKey: string,
): Promise<IdentityCheckResponse> {
  return apiRequest(voucherEndpoints.checkVoucherIdentity, { body, idempotencyKey });
}

export function useCheckIdentity() {
  return useIdempotentMutation({ mutationFn: checkIdentity });
}
