import {
  identityCheckResponseSchema,
  type IdentityCheckRequest,
  type IdentityCheckResponse,
} from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function checkIdentity(
  body: IdentityCheckRequest,
  idempotencyKey: string,
): Promise<IdentityCheckResponse> {
  return apiRequest('/voucher/activation/identity', {
    method: 'POST',
    body,
    schema: identityCheckResponseSchema,
    idempotencyKey,
  });
}

export function useCheckIdentity() {
  return useIdempotentMutation({ mutationFn: checkIdentity });
}
