import { useMutation } from '@tanstack/react-query';
import { smsCodeResponseSchema, type SmsCodeResponse } from '@/api-contract/auth';
import { apiRequest } from '@/lib/api-client';

export function sendSmsCode(phone: string): Promise<SmsCodeResponse> {
  return apiRequest('/auth/sms-code', {
    method: 'POST',
    body: { phone },
    schema: smsCodeResponseSchema,
  });
}

export function useSendSmsCode() {
  return useMutation({ mutationFn: sendSmsCode });
}
