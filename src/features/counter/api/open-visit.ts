import { useQueryClient } from '@tanstack/react-query';
import { type CounterVisit, settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { visitQueryOptions } from './get-visit';

export interface OpenVisitVariables {
  institutionId: string;
  ecToken: string;
}

export function openVisit(body: OpenVisitVariables, idempotencyKey: string): Promise<CounterVisit> {
  return apiRequest(settlementEndpoints.openCounterVisit, { body, idempotencyKey });
}

/** A scan is one intent per code: a retry after a lost answer reuses the key, so the code that
 * the lost request used up opens the same visit instead of answering "already used". */
export function useOpenVisit() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: openVisit,
    onSuccess: (visit) => queryClient.setQueryData(visitQueryOptions(visit.id).queryKey, visit),
  });
}
