import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demoStateSchema, type DemoState, type Faults } from '@/api-contract/demo';
import { apiRequest } from '@/lib/api-client';
import { demoStateQueryOptions } from './get-demo-state';

export function updateFaults(faults: Faults): Promise<DemoState> {
  return apiRequest('/__demo/faults', { method: 'PUT', body: faults, schema: demoStateSchema });
}

export function useUpdateFaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFaults,
    onSuccess: (state) => queryClient.setQueryData(demoStateQueryOptions().queryKey, state),
  });
}
