import { queryOptions, useQuery } from '@tanstack/react-query';
import { type PremiumReceipt, familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';

export function getPremiumReceipt(id: string, signal?: AbortSignal): Promise<PremiumReceipt> {
  return apiRequest(familyEndpoints.getPremiumReceipt, {
    params: { id },
    ...(signal ? { signal } : {}),
  });
}

export const premiumReceiptQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['family', 'receipt', id] as const,
    queryFn: ({ signal }) => getPremiumReceipt(id, signal),
    staleTime: 60_000,
  });

export function usePremiumReceipt(id: string) {
  return useQuery(premiumReceiptQueryOptions(id));
}
