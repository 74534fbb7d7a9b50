import { queryOptions, useQuery } from '@tanstack/react-query';
import { institutionListSchema, type Institution } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';

export async function getInstitutions(
  regionCode: string,
  signal?: AbortSignal,
): Promise<Institution[]> {
  const list = await apiRequest(
    `/counter/institutions?regionCode=${encodeURIComponent(regionCode)}`,
    {
      schema: institutionListSchema,
      ...(signal ? { signal } : {}),
    },
  );
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
