import { queryOptions, useQuery } from '@tanstack/react-query';
import { pharmacyDetailSchema, type PharmacyDetail } from '@/api-contract/pharmacies';
import { apiRequest } from '@/lib/api-client';

export function getPharmacy(id: string, signal?: AbortSignal): Promise<PharmacyDetail> {
  return apiRequest(`/pharmacies/${encodeURIComponent(id)}`, {
    schema: pharmacyDetailSchema,
    ...(signal ? { signal } : {}),
  });
}

export const pharmacyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['pharmacies', 'detail', id] as const,
    queryFn: ({ signal }) => getPharmacy(id, signal),
    staleTime: 60_000,
  });

export function usePharmacy(id: string) {
  return useQuery(pharmacyQueryOptions(id));
}
