import { queryOptions, useQuery } from '@tanstack/react-query';
import { type SettlementList, settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';

export function getSettlements(signal?: AbortSignal): Promise<SettlementList> {
  return apiRequest(settlementEndpoints.listSettlements, { ...(signal ? { signal } : {}) });
}

export const settlementsQueryOptions = () =>
  queryOptions({
    queryKey: ['settlements'] as const,
    queryFn: ({ signal }) => getSettlements(signal),
    staleTime: 10_000,
  });

/**
 * The person's bills and receipts. A bill made at a counter reaches the phone through the demo
 * backend's change announcements (or a real backend's push); the interval is the fallback that
 * keeps a waiting screen within seconds of the counter either way.
 */
export function useSettlements(options: { poll?: boolean } = {}) {
  return useQuery({
    ...settlementsQueryOptions(),
    ...(options.poll ? { refetchInterval: 3_000 } : {}),
  });
}
