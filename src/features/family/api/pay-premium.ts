import { useQueryClient } from '@tanstack/react-query';
import { type PayPremiumRequest, familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { invalidateFamily } from './invalidate';

export function payPremium(body: PayPremiumRequest, idempotencyKey: string) {
  return apiRequest(familyEndpoints.payPremium, { body, idempotencyKey });
}

/** One key per intent (same values), reused on a retry after an unknown outcome. */
export function usePayPremium() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    // A transfer whose answer was lost stays a retry of the same intent after leaving the screen.
    persistAs: 'family.premium',
    mutationFn: payPremium,
    onSettled: () => invalidateFamily(queryClient),
  });
}
