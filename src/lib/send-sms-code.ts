import { authEndpoints, type SmsCodeResponse } from '@/api-contract/auth';
import { apiRequest } from './api-client';
import { useIdempotentMutation } from './intent-keys';

/**
 * The one SMS fetcher: sign-in and re-authentication before moving money both ask for a code to
 * the person's phone through the same endpoint.
 */
export function sendSmsCode(phone: string, idempotencyKey: string): Promise<SmsCodeResponse> {
  return apiRequest(authEndpoints.sendSmsCode, { body: { phone }, idempotencyKey });
}

/** A code whose answer was lost is asked for again with the same key: no second SMS. */
export function useSendSmsCode() {
  return useIdempotentMutation({ mutationFn: sendSmsCode });
}
