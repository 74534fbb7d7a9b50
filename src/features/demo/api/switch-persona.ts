import { demoEndpoints } from '@/api-contract/demo';
import type { Session } from '@/api-contract/auth';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function switchPersona(personaId: string, idempotencyKey: string): Promise<Session> {
  return apiRequest(demoEndpoints.demoPersona, { body: { personaId }, idempotencyKey });
}

export function useSwitchPersona() {
  return useIdempotentMutation({ mutationFn: switchPersona });
}
