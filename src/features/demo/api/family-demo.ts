import { familyDemoFaultSchema, type FamilyDemoFault } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function loseNextFamilyAnswer(
  _: undefined,
  idempotencyKey: string,
): Promise<FamilyDemoFault> {
  return apiRequest('/__demo/family/lose-next-answer', {
    method: 'POST',
    schema: familyDemoFaultSchema,
    idempotencyKey,
  });
}

export function useLoseNextFamilyAnswer() {
  return useIdempotentMutation<FamilyDemoFault, undefined>({ mutationFn: loseNextFamilyAnswer });
}
