import { useQueryClient } from '@tanstack/react-query';
import { familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { invalidateFamily } from './invalidate';

export function createFamilyAccount(
  body: { consent: true; reauthGrant: string },
  idempotencyKey: string,
) {
  return apiRequest(familyEndpoints.createFamilyAccount, { body, idempotencyKey });
}

/** One key per intent (same values), reused on a retry after an unknown outcome. */
export function useCreateFamilyAccount() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: createFamilyAccount,
    onSettled: () => invalidateFamily(queryClient),
  });
}
