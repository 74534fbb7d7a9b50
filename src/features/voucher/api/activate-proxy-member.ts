import { useQueryClient } from '@tanstack/react-query';
import { proxyMemberActivationSchema, type ProxyMember } from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { proxyMembersQueryOptions } from './get-proxy-members';

export function activateProxyMember(
  memberId: string,
  idempotencyKey: string,
): Promise<ProxyMember> {
  return apiRequest(`/voucher/family/${encodeURIComponent(memberId)}/activation`, {
    method: 'POST',
    schema: proxyMemberActivationSchema,
    idempotencyKey,
  });
}

export function useActivateProxyMember() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: activateProxyMember,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: proxyMembersQueryOptions().queryKey }),
  });
}
