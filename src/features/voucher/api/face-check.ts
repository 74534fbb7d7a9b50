import {
  faceCheckResultSchema,
  type FaceCheckRequest,
  type FaceCheckResult,
} from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function submitFaceCheck(
  body: FaceCheckRequest,
  idempotencyKey: string,
): Promise<FaceCheckResult> {
  return apiRequest('/voucher/face-check', {
    method: 'POST',
    body,
    schema: faceCheckResultSchema,
    idempotencyKey,
  });
}

export function useFaceCheck() {
  return useIdempotentMutation({ mutationFn: submitFaceCheck });
}
