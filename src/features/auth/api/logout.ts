import { authEndpoints } from '@/api-contract/auth';
import { apiRequest } from '@/lib/api-client';

/** Best effort, never retried: each sign-out is its own intent with its own key. */
export function logout(idempotencyKey: string): Promise<void> {
  return apiRequest(authEndpoints.logout, { idempotencyKey });
}
