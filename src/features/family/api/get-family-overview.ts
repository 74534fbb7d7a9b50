import { queryOptions, useQuery } from '@tanstack/react-query';
import { type FamilyOverview, familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';

export function getFamilyOverview(signal?: AbortSignal): Promise<FamilyOverview> {
  return apiRequest(familyEndpoints.getFamilyOverview, { ...(signal ? { signal } : {}) });
}

export const familyOverviewQueryOptions = () =>
  queryOptions({
    queryKey: ['family', 'overview'] as const,
    queryFn: ({ signal }) => getFamilyOverview(signal),
    // Balances move with every payment: never show a stale one as current.
    staleTime: 0,
    // A relative under review turns verified on the server: look again until none is pending.
    refetchInterval: (query) =>
      query.state.data?.relatives.some((r) => r.status === 'pending') ? 5_000 : false,
  });

export function useFamilyOverview() {
  return useQuery(familyOverviewQueryOptions());
}
