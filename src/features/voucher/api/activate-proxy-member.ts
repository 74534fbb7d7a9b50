import { useQueryClient } from '@tanstack/react-query';
import { type ProxyMember, voucherEndpoints } from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { proxyMembersQueryOptions } from './get-proxy-members';

export function activateProxyMember(
  memberId: string,
  idempotencyKey: string,
): Promise<ProxyMember> {
  return apiRequest(voucherEndpoints.activateProxyMember, { params: { memberId }, idempotencyKey });
}

export function useActivateProxyMember() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: activateProxyMember,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: proxyMembersQueryOptions().queryKey }),
  });
}
