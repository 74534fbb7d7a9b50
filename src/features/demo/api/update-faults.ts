import { useQueryClient } from '@tanstack/react-query';
import { type DemoState, type Faults, demoEndpoints } from '@/api-contract/demo';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { demoStateQueryOptions } from './get-demo-state';

export function updateFaults(faults: Faults, idempotencyKey: string): Promise<DemoState> {
  return apiRequest(demoEndpoints.demoFaults, { body: faults, idempotencyKey });
}

export function useUpdateFaults() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: updateFaults,
    onSuccess: (state) => queryClient.setQueryData(demoStateQueryOptions().queryKey, state),
  });
}
