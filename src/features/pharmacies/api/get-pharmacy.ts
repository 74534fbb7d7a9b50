import { queryOptions, useQuery } from '@tanstack/react-query';
import { type PharmacyDetail, pharmacyEndpoints } from '@/api-contract/pharmacies';
import { apiRequest } from '@/lib/api-client';

export function getPharmacy(id: string, signal?: AbortSignal): Promise<PharmacyDetail> {
  return apiRequest(pharmacyEndpoints.getPharmacy, {
    params: { pharmacyId: id },
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
