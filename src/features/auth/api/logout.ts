import { apiRequest } from '@/lib/api-client';

/** Best effort, never retried: each sign-out is its own intent with its own key. */
export function logout(idempotencyKey: string): Promise<void> {
  return apiRequest('/auth/logout', { method: 'POST', idempotencyKey });
}
