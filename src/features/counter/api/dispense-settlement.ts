import { useQueryClient } from '@tanstack/react-query';
import { type Settlement, settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { visitQueryOptions } from './get-visit';

export interface DispenseSettlementVariables {
  visitId: string;
  settlementId: string;
  institutionId: string;
}

// Only once paid: the prescription then counts as collected.
export function dispenseSettlement(
  { settlementId, institutionId }: DispenseSettlementVariables,
  idempotencyKey: string,
): Promise<Settlement> {
  return apiRequest(settlementEndpoints.dispenseSettlement, {
    params: { settlementId },
    body: { institutionId },
    idempotencyKey,
  });
}

export function useDispenseSettlement() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: dispenseSettlement,
    onSettled: (_data, _error, { visitId }) =>
      queryClient.invalidateQueries({ queryKey: visitQueryOptions(visitId).queryKey }),
  });
}
