import { queryOptions, useQuery } from '@tanstack/react-query';
import { type CounterVisit, settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';

/** While a bill waits for the person's phone, the counter looks again this often. */
export const PENDING_POLL_MS = 1_500;

export function getVisit(visitId: string, signal?: AbortSignal): Promise<CounterVisit> {
  return apiRequest(settlementEndpoints.getCounterVisit, {
    params: { visitId },
    ...(signal ? { signal } : {}),
  });
}

export const visitQueryOptions = (visitId: string) =>
  queryOptions({
    queryKey: ['counter', 'visit', visitId] as const,
    queryFn: ({ signal }) => getVisit(visitId, signal),
    // The person pays on their own phone: another tab's change announcement refetches at once
    // (app/providers.tsx), and polling covers a phone that is another device.
    refetchInterval: (query) =>
      query.state.data?.settlements.some((s) => s.status === 'pending') ? PENDING_POLL_MS : false,
  });

export function useVisit(visitId: string) {
  return useQuery(visitQueryOptions(visitId));
}
