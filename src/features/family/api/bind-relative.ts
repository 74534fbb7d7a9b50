import { useQueryClient } from '@tanstack/react-query';
import { type BindRelativeRequest, familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { invalidateFamily } from './invalidate';

export function bindRelative(body: BindRelativeRequest, idempotencyKey: string) {
  return apiRequest(familyEndpoints.bindRelative, { body, idempotencyKey });
}

/** One key per intent (same values), reused on a retry after an unknown outcome. */
export function useBindRelative() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: bindRelative,
    onSettled: () => invalidateFamily(queryClient),
  });
}
