import { useMutation } from '@tanstack/react-query';
import { sessionSchema, type LoginRequest, type Session } from '@/api-contract/auth';
import { apiRequest } from '@/lib/api-client';
import { useAdoptSession } from '../hooks/use-adopt-session';

export function login(request: LoginRequest): Promise<Session> {
  return apiRequest('/auth/login', { method: 'POST', body: request, schema: sessionSchema });
}

export function useLogin() {
  const adopt = useAdoptSession();
  return useMutation({ mutationFn: login, onSuccess: adopt });
}
