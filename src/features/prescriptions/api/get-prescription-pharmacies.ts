import { queryOptions, useQuery } from '@tanstack/react-query';
import { pharmacyQueryToSearch, type PharmacyOrigin } from '@/api-contract/pharmacies';
import { type PrescriptionPharmacyList } from '@/api-contract/prescriptions';
import { prescriptionEndpoints } from '@/api-contract/prescriptions';
import { pharmacyQueryParams } from '@/api-contract/pharmacies';
import { apiRequest } from '@/lib/api-client';
import { prescriptionQueryOptions } from './get-prescription';

export function getPrescriptionPharmacies(
  id: string,
  origin: PharmacyOrigin,
  signal?: AbortSignal,
): Promise<PrescriptionPharmacyList> {
  return apiRequest(prescriptionEndpoints.listPrescriptionPharmacies, {
    params: { prescriptionId: id },
    query: pharmacyQueryParams({ origin }),
    ...(signal ? { signal } : {}),
  });
}

export const prescriptionPharmaciesQueryOptions = (id: string, origin: PharmacyOrigin) =>
  queryOptions({
    queryKey: [
      ...prescriptionQueryOptions(id).queryKey,
      'pharmacies',
      pharmacyQueryToSearch({ origin }),
    ] as const,
    queryFn: ({ signal }) => getPrescriptionPharmacies(id, origin, signal),
    staleTime: 60_000,
  });

export function usePrescriptionPharmacies(id: string, origin: PharmacyOrigin | null) {
  return useQuery({
    ...prescriptionPharmaciesQueryOptions(id, origin ?? { district: '000000' }),
    enabled: origin !== null,
  });
}
