import {
  type FaceCheckRequest,
  type FaceCheckResult,
  voucherEndpoints,
} from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function submitFaceCheck(
  body: FaceCheckRequest,
  idempotencyKey: string,
): Promise<FaceCheckResult> {
  return apiRequest(voucherEndpoints.faceCheck, { body, idempotencyKey });
}

export function useFaceCheck() {
  return useIdempotentMutation({ mutationFn: submitFaceCheck });
}
