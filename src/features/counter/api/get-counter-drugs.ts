import { queryOptions, useQuery } from '@tanstack/react-query';
import { settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';

export async function getCounterDrugs(signal?: AbortSignal) {
  const list = await apiRequest(settlementEndpoints.listCounterDrugs, {
    ...(signal ? { signal } : {}),
  });
  return list.items;
}

export type CounterDrug = Awaited<ReturnType<typeof getCounterDrugs>>[number];

export const counterDrugsQueryOptions = () =>
  queryOptions({
    queryKey: ['counter', 'drugs'] as const,
    queryFn: ({ signal }) => getCounterDrugs(signal),
    staleTime: Infinity,
  });

export function useCounterDrugs() {
  return useQuery(counterDrugsQueryOptions());
}
