import { useQueryClient } from '@tanstack/react-query';
import {
  proxyMemberSchema,
  type AddProxyMemberRequest,
  type ProxyMember,
} from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { proxyMembersQueryOptions } from './get-proxy-members';

export function addProxyMember(
  body: AddProxyMemberRequest,
  idempotencyKey: string,
): Promise<ProxyMember> {
  return apiRequest('/voucher/family', {
    method: 'POST',
    body,
    schema: proxyMemberSchema,
    idempotencyKey,
  });
}

export function useAddProxyMember() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: addProxyMember,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: proxyMembersQueryOptions().queryKey }),
  });
}
