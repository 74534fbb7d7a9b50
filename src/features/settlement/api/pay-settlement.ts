import { useQueryClient } from '@tanstack/react-query';
import {
  type PaySettlementRequest,
  type Settlement,
  settlementEndpoints,
} from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { settlementsQueryOptions } from './get-settlements';

export interface PaySettlementVariables {
  id: string;
  body: PaySettlementRequest;
}

export function paySettlement(
  { id, body }: PaySettlementVariables,
  idempotencyKey: string,
): Promise<Settlement> {
  return apiRequest(settlementEndpoints.paySettlement, {
    params: { settlementId: id },
    body,
    idempotencyKey,
  });
}

/** One key per intent (same bill, channel and grant), reused on a retry after an unknown outcome. */
export function usePaySettlement() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    persistAs: 'settlement.pay',
    mutationFn: paySettlement,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: settlementsQueryOptions().queryKey });
      // The balance on home and in the family account is the ledger's: it moved.
      void queryClient.invalidateQueries({ queryKey: ['me'] });
      void queryClient.invalidateQueries({ queryKey: ['family'] });
    },
  });
}
