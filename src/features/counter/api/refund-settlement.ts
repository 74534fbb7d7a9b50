import { useQueryClient } from '@tanstack/react-query';
import { type Settlement, settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { visitQueryOptions } from './get-visit';

export interface RefundSettlementVariables {
  visitId: string;
  settlementId: string;
  institutionId: string;
}

// 退费 only on the settlement's own China day; every leg goes back as a reversing entry.
export function refundSettlement(
  { settlementId, institutionId }: RefundSettlementVariables,
  idempotencyKey: string,
): Promise<Settlement> {
  return apiRequest(settlementEndpoints.refundSettlement, {
    params: { settlementId },
    body: { institutionId },
    idempotencyKey,
  });
}

export function useRefundSettlement() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: refundSettlement,
    onSettled: (_data, _error, { visitId }) =>
      queryClient.invalidateQueries({ queryKey: visitQueryOptions(visitId).queryKey }),
  });
}
