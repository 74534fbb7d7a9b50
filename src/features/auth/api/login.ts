import { sessionSchema, type LoginRequest, type Session } from '@/api-contract/auth';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { useAdoptSession } from '../hooks/use-adopt-session';

export function login(request: LoginRequest, idempotencyKey: string): Promise<Session> {
  return apiRequest('/auth/login', {
    method: 'POST',
    body: request,
    schema: sessionSchema,
    idempotencyKey,
  });
}

export function useLogin() {
  const adopt = useAdoptSession();
  return useIdempotentMutation({ mutationFn: login, onSuccess: adopt });
}
