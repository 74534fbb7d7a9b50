// Shared by every screen that moves money (family mutual aid, paying a settlement).
import { smsCodeResponseSchema } from '@/api-contract/auth';
import {
  reauthResponseSchema,
  type ReauthRequest,
  type ReauthResponse,
} from '@/api-contract/reauth';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function reauth(body: ReauthRequest, idempotencyKey: string): Promise<ReauthResponse> {
  return apiRequest('/auth/reauth', {
    method: 'POST',
    body,
    schema: reauthResponseSchema,
    idempotencyKey,
  });
}

export function useReauth() {
  return useIdempotentMutation({ mutationFn: reauth });
}

/** An SMS code to the person's own phone, for re-authentication without the password. */
export function sendReauthCode(phone: string, idempotencyKey: string) {
  return apiRequest('/auth/sms-code', {
    method: 'POST',
    body: { phone },
    schema: smsCodeResponseSchema,
    idempotencyKey,
  });
}

export function useSendReauthCode() {
  return useIdempotentMutation({ mutationFn: sendReauthCode });
}
