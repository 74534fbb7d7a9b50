import { useQueryClient } from '@tanstack/react-query';
import {
  type AddProxyMemberRequest,
  type ProxyMember,
  voucherEndpoints,
} from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { proxyMembersQueryOptions } from './get-proxy-members';

export function addProxyMember(
  body: AddProxyMemberRequest,
  idempotencyKey: string,
): Promise<ProxyMember> {
  return apiRequest(voucherEndpoints.addProxyMember, { body, idempotencyKey });
}

export function useAddProxyMember() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: addProxyMember,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: proxyMembersQueryOptions().queryKey }),
  });
}
