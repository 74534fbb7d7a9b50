import { useQueryClient } from '@tanstack/react-query';
import { type TransferRequest, familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { invalidateFamily } from './invalidate';

export function transferToFamily(body: TransferRequest, idempotencyKey: string) {
  return apiRequest(familyEndpoints.transferToFamily, { body, idempotencyKey });
}

/** One key per intent (same values), reused on a retry after an unknown outcome. */
export function useTransferToFamily() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    // A transfer whose answer was lost stays a retry of the same intent after leaving the screen.
    persistAs: 'family.transfer',
    mutationFn: transferToFamily,
    onSettled: () => invalidateFamily(queryClient),
  });
}
