import { queryOptions, useQuery } from '@tanstack/react-query';
import { type VoucherStatus, voucherEndpoints } from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';

export function getVoucherStatus(signal?: AbortSignal): Promise<VoucherStatus> {
  return apiRequest(voucherEndpoints.getVoucherStatus, { ...(signal ? { signal } : {}) });
}

export const voucherStatusQueryOptions = () =>
  queryOptions({
    queryKey: ['voucher', 'status'] as const,
    queryFn: ({ signal }) => getVoucherStatus(signal),
    staleTime: 30_000,
  });

export function useVoucherStatus() {
  return useQuery(voucherStatusQueryOptions());
}
