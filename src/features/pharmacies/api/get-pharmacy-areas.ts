import { queryOptions, useQuery } from '@tanstack/react-query';
import { type PharmacyAreas, pharmacyEndpoints } from '@/api-contract/pharmacies';
import { apiRequest } from '@/lib/api-client';

export function getPharmacyAreas(signal?: AbortSignal): Promise<PharmacyAreas> {
  return apiRequest(pharmacyEndpoints.listPharmacyAreas, { ...(signal ? { signal } : {}) });
}

export const pharmacyAreasQueryOptions = () =>
  queryOptions({
    queryKey: ['pharmacy-areas'] as const,
    queryFn: ({ signal }) => getPharmacyAreas(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function usePharmacyAreas(enabled = true) {
  return useQuery({ ...pharmacyAreasQueryOptions(), enabled });
}
