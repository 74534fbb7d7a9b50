import { type LoginRequest, type Session, authEndpoints } from '@/api-contract/auth';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { useAdoptSession } from '../hooks/use-adopt-session';

export function login(request: LoginRequest, idempotencyKey: string): Promise<Session> {
  return apiRequest(authEndpoints.login, { body: request, idempotencyKey });
}

export function useLogin() {
  const adopt = useAdoptSession();
  return useIdempotentMutation({ mutationFn: login, onSuccess: adopt });
}
