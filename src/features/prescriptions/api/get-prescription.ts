import { queryOptions, useQuery } from '@tanstack/react-query';
import { prescriptionDetailSchema, type PrescriptionDetail } from '@/api-contract/prescriptions';
import { apiRequest } from '@/lib/api-client';
import { prescriptionsQueryOptions } from './get-prescriptions';

export function getPrescription(id: string, signal?: AbortSignal): Promise<PrescriptionDetail> {
  return apiRequest(`/prescriptions/${encodeURIComponent(id)}`, {
    schema: prescriptionDetailSchema,
    ...(signal ? { signal } : {}),
  });
}

export const prescriptionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...prescriptionsQueryOptions().queryKey, id] as const,
    queryFn: ({ signal }) => getPrescription(id, signal),
    staleTime: 30_000,
  });

export function usePrescription(id: string) {
  return useQuery(prescriptionQueryOptions(id));
}
