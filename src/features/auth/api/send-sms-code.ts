import { smsCodeResponseSchema, type SmsCodeResponse } from '@/api-contract/auth';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function sendSmsCode(phone: string, idempotencyKey: string): Promise<SmsCodeResponse> {
  return apiRequest('/auth/sms-code', {
    method: 'POST',
    body: { phone },
    schema: smsCodeResponseSchema,
    idempotencyKey,
  });
}

/** A code whose answer was lost is asked for again with the same key: no second SMS. */
export function useSendSmsCode() {
  return useIdempotentMutation({ mutationFn: sendSmsCode });
}
