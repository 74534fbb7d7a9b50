import { useMutation } from '@tanstack/react-query';
import { switchPersonaResponseSchema } from '@/api-contract/demo';
import type { Session } from '@/api-contract/auth';
import { apiRequest } from '@/lib/api-client';

export function switchPersona(personaId: string): Promise<Session> {
  return apiRequest('/__demo/persona', {
    method: 'POST',
    body: { personaId },
    schema: switchPersonaResponseSchema,
  });
}

export function useSwitchPersona() {
  return useMutation({ mutationFn: switchPersona });
}
