// Shared by every screen that moves money (family mutual aid, paying a settlement).
import { reauthEndpoints, type ReauthRequest, type ReauthResponse } from '@/api-contract/reauth';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function reauth(body: ReauthRequest, idempotencyKey: string): Promise<ReauthResponse> {
  return apiRequest(reauthEndpoints.reauth, { body, idempotencyKey });
}

export function useReauth() {
  return useIdempotentMutation({ mutationFn: reauth });
}
