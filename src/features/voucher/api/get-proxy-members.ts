import { queryOptions, useQuery } from '@tanstack/react-query';
import { proxyMembersSchema, type ProxyMembers } from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';

export function getProxyMembers(signal?: AbortSignal): Promise<ProxyMembers> {
  return apiRequest('/voucher/family', {
    schema: proxyMembersSchema,
    ...(signal ? { signal } : {}),
  });
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
