import { queryOptions, useQuery } from '@tanstack/react-query';
import { type PrescriptionList, prescriptionEndpoints } from '@/api-contract/prescriptions';
import { apiRequest } from '@/lib/api-client';
import { saveListCopy, sessionAtRequest } from '../stores/counter-copy';

export function getPrescriptions(signal?: AbortSignal): Promise<PrescriptionList> {
  return apiRequest(prescriptionEndpoints.listPrescriptions, { ...(signal ? { signal } : {}) });
}

export const prescriptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['prescriptions'] as const,
    queryFn: async ({ signal }) => {
      const session = sessionAtRequest();
      const list = await getPrescriptions(signal);
      // Kept for the tab, so the list still shows at the counter with no signal (021).
      saveListCopy(list, session, Date.now());
      return list;
    },
    staleTime: 30_000,
  });

export function usePrescriptions() {
  return useQuery(prescriptionsQueryOptions());
}
