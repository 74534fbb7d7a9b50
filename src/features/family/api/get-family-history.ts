import { queryOptions, useQuery } from '@tanstack/react-query';
import { type FamilyHistory, familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';

export function getFamilyHistory(signal?: AbortSignal): Promise<FamilyHistory> {
  return apiRequest(familyEndpoints.getFamilyHistory, { ...(signal ? { signal } : {}) });
}

export const familyHistoryQueryOptions = () =>
  queryOptions({
    queryKey: ['family', 'history'] as const,
    queryFn: ({ signal }) => getFamilyHistory(signal),
    staleTime: 0,
  });

export function useFamilyHistory() {
  return useQuery(familyHistoryQueryOptions());
}
