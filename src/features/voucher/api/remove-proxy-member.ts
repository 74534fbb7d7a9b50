import { voucherEndpoints } from '@/api-contract/voucher';
import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { proxyMembersQueryOptions } from './get-proxy-members';

export function removeProxyMember(memberId: string, idempotencyKey: string): Promise<void> {
  return apiRequest(voucherEndpoints.removeProxyMember, { params: { memberId }, idempotencyKey });
}

export function useRemoveProxyMember() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: removeProxyMember,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: proxyMembersQueryOptions().queryKey }),
  });
}
