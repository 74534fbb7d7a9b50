import { useQueryClient } from '@tanstack/react-query';
import { familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { invalidateFamily } from './invalidate';

export function closeFamilyAccount(body: { reauthGrant: string }, idempotencyKey: string) {
  return apiRequest(familyEndpoints.closeFamilyAccount, { body, idempotencyKey });
}

/** One key per intent (same values), reused on a retry after an unknown outcome. */
export function useCloseFamilyAccount() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: closeFamilyAccount,
    onSettled: () => invalidateFamily(queryClient),
  });
}
