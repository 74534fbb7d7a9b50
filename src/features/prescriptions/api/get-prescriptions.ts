import { queryOptions, useQuery } from '@tanstack/react-query';
import { prescriptionListSchema, type PrescriptionList } from '@/api-contract/prescriptions';
import { apiRequest } from '@/lib/api-client';

export function getPrescriptions(signal?: AbortSignal): Promise<PrescriptionList> {
  return apiRequest('/prescriptions', {
    schema: prescriptionListSchema,
    ...(signal ? { signal } : {}),
  });
}

export const prescriptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['prescriptions'] as const,
    queryFn: ({ signal }) => getPrescriptions(signal),
    staleTime: 30_000,
  });

export function usePrescriptions() {
  return useQuery(prescriptionsQueryOptions());
}
