import { type FamilyDemoFault, familyDemoEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function loseNextFamilyAnswer(
  _: undefined,
  idempotencyKey: string,
): Promise<FamilyDemoFault> {
  return apiRequest(familyDemoEndpoints.demoFamilyLoseNextAnswer, { idempotencyKey });
}

export function useLoseNextFamilyAnswer() {
  return useIdempotentMutation<FamilyDemoFault, undefined>({ mutationFn: loseNextFamilyAnswer });
}
