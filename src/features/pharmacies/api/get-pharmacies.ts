import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  pharmacyQueryToSearch,
  type PharmacyList,
  type PharmacyListQuery,
} from '@/api-contract/pharmacies';
import { pharmacyEndpoints, pharmacyQueryParams } from '@/api-contract/pharmacies';
import { apiRequest } from '@/lib/api-client';

export function getPharmacies(
  query: PharmacyListQuery,
  signal?: AbortSignal,
): Promise<PharmacyList> {
  return apiRequest(pharmacyEndpoints.listPharmacies, {
    query: pharmacyQueryParams(query),
    ...(signal ? { signal } : {}),
  });
}

export const pharmaciesQueryOptions = (query: PharmacyListQuery) =>
  queryOptions({
    // The search string is the query's identity: the same filters in any order are one entry.
    queryKey: ['pharmacies', pharmacyQueryToSearch(query)] as const,
    queryFn: ({ signal }) => getPharmacies(query, signal),
    // Open-now moves with the clock; a minute old is fine for a list.
    staleTime: 60_000,
  });

/** Pharmacies near a place; disabled until there is one. */
export function usePharmacies(query: PharmacyListQuery | null) {
  return useQuery({
    ...pharmaciesQueryOptions(query ?? { origin: { district: '000000' } }),
    enabled: query !== null,
    // Changing a filter keeps the old list on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}
