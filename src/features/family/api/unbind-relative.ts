import { useQueryClient } from '@tanstack/react-query';
import { familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { invalidateFamily } from './invalidate';

export function unbindRelative(id: string, idempotencyKey: string) {
  return apiRequest(familyEndpoints.unbindRelative, { params: { id }, idempotencyKey });
}

export function useUnbindRelative() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: unbindRelative,
    onSettled: () => invalidateFamily(queryClient),
  });
}
