import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Records } from '@/api-contract/records';
import { recordEndpoints } from '@/api-contract/records';
import { apiRequest } from '@/lib/api-client';

export function getRecords(year: number | null, signal?: AbortSignal): Promise<Records> {
  return apiRequest(recordEndpoints.listRecords, {
    query: { year },
    ...(signal ? { signal } : {}),
  });
}

/** `null`: this year, as the backend's clock (China time) reckons it. */
export const recordsQueryOptions = (year: number | null) =>
  queryOptions({
    queryKey: ['records', year] as const,
    queryFn: ({ signal }) => getRecords(year, signal),
    staleTime: 10_000,
  });

/** The person's medical-expense records of a year. */
export function useRecords(year: number | null, options: { enabled?: boolean } = {}) {
  return useQuery({ ...recordsQueryOptions(year), enabled: options.enabled ?? true });
}
