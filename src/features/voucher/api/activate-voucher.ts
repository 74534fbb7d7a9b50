import { useQueryClient } from '@tanstack/react-query';
import {
  type ActivateVoucherRequest,
  type VoucherStatus,
  voucherEndpoints,
} from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { voucherStatusQueryOptions } from './get-voucher-status';

export function activateVoucher(
  body: ActivateVoucherRequest,
  idempotencyKey: string,
): Promise<VoucherStatus> {
  return apiRequest(voucherEndpoints.activateVoucher, { body, idempotencyKey });
}

/** `onActivated`: the screen refreshes what else shows activation (the profile, on home). */
export function useActivateVoucher(onActivated?: () => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: activateVoucher,
    onSuccess: async (status) => {
      queryClient.setQueryData(voucherStatusQueryOptions().queryKey, status);
      await onActivated?.();
    },
  });
}
