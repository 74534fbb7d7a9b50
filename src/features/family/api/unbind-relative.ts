import { useQueryClient } from '@tanstack/react-query';
import { unbindRelativeResponseSchema } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { invalidateFamily } from './invalidate';

export function unbindRelative(id: string, idempotencyKey: string) {
  return apiRequest(`/family/relatives/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    schema: unbindRelativeResponseSchema,
    idempotencyKey,
  });
}

export function useUnbindRelative() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: unbindRelative,
    onSettled: () => invalidateFamily(queryClient),
  });
}
