import { queryOptions, useQuery } from '@tanstack/react-query';
import { type TraceCodeCheck, traceCodeEndpoints } from '@/api-contract/trace-codes';
import { apiRequest } from '@/lib/api-client';

export function checkTraceCode(code: string, signal?: AbortSignal): Promise<TraceCodeCheck> {
  return apiRequest(traceCodeEndpoints.checkTraceCode, {
    params: { code },
    ...(signal ? { signal } : {}),
  });
}

export const traceCodeQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['trace-codes', code] as const,
    queryFn: ({ signal }) => checkTraceCode(code, signal),
    // A box can be sold again at any moment: every check asks the platform afresh.
    staleTime: 0,
  });

/** The platform's sales of a box; `null` asks nothing (no code checked yet). */
export function useTraceCode(code: string | null) {
  return useQuery({ ...traceCodeQueryOptions(code ?? ''), enabled: code !== null });
}
