import { useQueryClient } from '@tanstack/react-query';
import { type DemoState, demoEndpoints } from '@/api-contract/demo';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { demoStateQueryOptions } from './get-demo-state';

export function resetDemo(_: undefined, idempotencyKey: string): Promise<DemoState> {
  return apiRequest(demoEndpoints.demoReset, { idempotencyKey });
}

/** Resets the backend; every cached answer came from the old data, so all of it goes. */
export function useResetDemo() {
  const queryClient = useQueryClient();
  return useIdempotentMutation<DemoState, undefined>({
    mutationFn: resetDemo,
    onSuccess: (state) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'demo' });
      queryClient.setQueryData(demoStateQueryOptions().queryKey, state);
    },
  });
}
