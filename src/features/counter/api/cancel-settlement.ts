import { useQueryClient } from '@tanstack/react-query';
import { type Settlement, settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { visitQueryOptions } from './get-visit';

export interface CancelSettlementVariables {
  visitId: string;
  settlementId: string;
  institutionId: string;
}

// Only while pending: nothing was paid, so nothing goes back.
export function cancelSettlement(
  { settlementId, institutionId }: CancelSettlementVariables,
  idempotencyKey: string,
): Promise<Settlement> {
  return apiRequest(settlementEndpoints.cancelSettlement, {
    params: { settlementId },
    body: { institutionId },
    idempotencyKey,
  });
}

export function useCancelSettlement() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: cancelSettlement,
    onSettled: (_data, _error, { visitId }) =>
      queryClient.invalidateQueries({ queryKey: visitQueryOptions(visitId).queryKey }),
  });
}
