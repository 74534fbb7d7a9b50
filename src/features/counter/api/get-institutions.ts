import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Institution } from '@/api-contract/settlement';
import { settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';

export async function getInstitutions(
  regionCode: string,
  signal?: AbortSignal,
): Promise<Institution[]> {
  const list = await apiRequest(settlementEndpoints.listInstitutions, {
    query: { regionCode },
    ...(signal ? { signal } : {}),
  });
  return list.items;
}

export const institutionsQueryOptions = (regionCode: string) =>
  queryOptions({
    queryKey: ['counter', 'institutions', regionCode] as const,
    queryFn: ({ signal }) => getInstitutions(regionCode, signal),
    // Reference data: it does not change while the demo runs.
    staleTime: Infinity,
  });

export function useInstitutions(regionCode: string) {
  return useQuery(institutionsQueryOptions(regionCode));
}
