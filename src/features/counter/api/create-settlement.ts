import { useQueryClient } from '@tanstack/react-query';
import {
  type SettleRequest,
  type Settlement,
  settlementEndpoints,
} from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { visitQueryOptions } from './get-visit';

export interface CreateSettlementVariables {
  visitId: string;
  request: SettleRequest;
}

export function createSettlement(
  { visitId, request }: CreateSettlementVariables,
  idempotencyKey: string,
): Promise<Settlement> {
  return apiRequest(settlementEndpoints.createSettlement, {
    params: { visitId },
    body: request,
    idempotencyKey,
  });
}

/** One bill per intent: pressing 结算 again after a lost answer replays it, never bills twice. */
export function useCreateSettlement() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: createSettlement,
    onSettled: (_data, _error, { visitId }) =>
      queryClient.invalidateQueries({ queryKey: visitQueryOptions(visitId).queryKey }),
  });
}
