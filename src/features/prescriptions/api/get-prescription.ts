import { queryOptions, useQuery } from '@tanstack/react-query';
import { type PrescriptionDetail, prescriptionEndpoints } from '@/api-contract/prescriptions';
import { apiRequest } from '@/lib/api-client';
import { savePickupCopy, sessionAtRequest } from '../stores/counter-copy';
import { prescriptionsQueryOptions } from './get-prescriptions';

export function getPrescription(id: string, signal?: AbortSignal): Promise<PrescriptionDetail> {
  return apiRequest(prescriptionEndpoints.getPrescription, {
    params: { prescriptionId: id },
    ...(signal ? { signal } : {}),
  });
}

export const prescriptionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...prescriptionsQueryOptions().queryKey, id] as const,
    queryFn: async ({ signal }) => {
      const session = sessionAtRequest();
      const detail = await getPrescription(id, signal);
      // Its pick-up code is kept for the tab, for the counter with no signal (021).
      savePickupCopy(detail, session, Date.now());
      return detail;
    },
    staleTime: 30_000,
  });

export function usePrescription(id: string) {
  return useQuery(prescriptionQueryOptions(id));
}
