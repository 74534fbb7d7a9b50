import { useQueryClient } from '@tanstack/react-query';
import { type CounterVisit, settlementEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { visitQueryOptions } from './get-visit';

export interface ReviewVariables {
  visitId: string;
  prescriptionId: string;
  decision: 'approved' | 'refused';
  reason?: string;
}

export function reviewPrescription(
  { visitId, ...body }: ReviewVariables,
  idempotencyKey: string,
): Promise<CounterVisit> {
  return apiRequest(settlementEndpoints.reviewPrescription, {
    params: { visitId },
    body,
    idempotencyKey,
  });
}

export function useReviewPrescription() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: reviewPrescription,
    onSuccess: (visit) => queryClient.setQueryData(visitQueryOptions(visit.id).queryKey, visit),
  });
}
