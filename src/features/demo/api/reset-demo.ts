import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demoStateSchema, type DemoState } from '@/api-contract/demo';
import { apiRequest } from '@/lib/api-client';
import { demoStateQueryOptions } from './get-demo-state';

export function resetDemo(): Promise<DemoState> {
  return apiRequest('/__demo/reset', { method: 'POST', schema: demoStateSchema });
}

/** Resets the backend; every cached answer came from the old data, so all of it goes. */
export function useResetDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetDemo,
    onSuccess: (state) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'demo' });
      queryClient.setQueryData(demoStateQueryOptions().queryKey, state);
    },
  });
}
