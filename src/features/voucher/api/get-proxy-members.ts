import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ProxyMembers, voucherEndpoints } from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';

export function getProxyMembers(signal?: AbortSignal): Promise<ProxyMembers> {
  return apiRequest(voucherEndpoints.listProxyMembers, { ...(signal ? { signal } : {}) });
}

export const proxyMembersQueryOptions = () =>
  queryOptions({
    queryKey: ['voucher', 'family'] as const,
    queryFn: ({ signal }) => getProxyMembers(signal),
    staleTime: 30_000,
  });

export function useProxyMembers(enabled = true) {
  return useQuery({ ...proxyMembersQueryOptions(), enabled });
}
