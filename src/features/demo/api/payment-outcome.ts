import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { type PaymentOutcome, settlementDemoEndpoints } from '@/api-contract/settlement';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export async function getPaymentOutcome(signal?: AbortSignal): Promise<PaymentOutcome> {
  const answer = await apiRequest(settlementDemoEndpoints.demoGetPaymentOutcome, {
    ...(signal ? { signal } : {}),
  });
  return answer.outcome;
}

export const paymentOutcomeQueryOptions = () =>
  queryOptions({
    queryKey: ['demo', 'payment'] as const,
    queryFn: ({ signal }) => getPaymentOutcome(signal),
  });

export function usePaymentOutcome() {
  return useQuery(paymentOutcomeQueryOptions());
}

export async function setPaymentOutcome(
  outcome: PaymentOutcome,
  idempotencyKey: string,
): Promise<PaymentOutcome> {
  const answer = await apiRequest(settlementDemoEndpoints.demoPaymentOutcome, {
    body: { outcome },
    idempotencyKey,
  });
  return answer.outcome;
}

export function useSetPaymentOutcome() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: setPaymentOutcome,
    onSuccess: (outcome) =>
      queryClient.setQueryData(paymentOutcomeQueryOptions().queryKey, outcome),
  });
}
