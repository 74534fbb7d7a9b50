import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Settlement, settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';
import { settlementsQueryOptions } from './get-settlements';

export function getSettlement(id: string, signal?: AbortSignal): Promise<Settlement> {
  return apiRequest(settlementEndpoints.getSettlement, {
    params: { settlementId: id },
    ...(signal ? { signal } : {}),
  });
}

export const settlementQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...settlementsQueryOptions().queryKey, id] as const,
    queryFn: ({ signal }) => getSettlement(id, signal),
    staleTime: 5_000,
  });

export function useSettlement(id: string) {
  return useQuery({
    ...settlementQueryOptions(id),
    // While a delivery is on its way its status moves with the clock.
    refetchInterval: (query) =>
      query.state.data?.delivery && query.state.data.delivery.status !== 'delivered'
        ? 30_000
        : false,
  });
}
