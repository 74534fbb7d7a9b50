import { queryOptions, useQuery } from '@tanstack/react-query';
import { type DemoState, demoEndpoints } from '@/api-contract/demo';
import { apiRequest } from '@/lib/api-client';

export function getDemoState(signal?: AbortSignal): Promise<DemoState> {
  return apiRequest(demoEndpoints.demoState, { ...(signal ? { signal } : {}) });
}

export const demoStateQueryOptions = () =>
  queryOptions({
    queryKey: ['demo', 'state'] as const,
    queryFn: ({ signal }) => getDemoState(signal),
  });

export function useDemoState() {
  return useQuery(demoStateQueryOptions());
}
