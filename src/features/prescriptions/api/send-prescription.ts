import { useQueryClient } from '@tanstack/react-query';
import {
  type PrescriptionDetail,
  type SendPrescriptionRequest,
  prescriptionEndpoints,
} from '@/api-contract/prescriptions';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';
import { savePickupCopy, sessionAtRequest } from '../stores/counter-copy';
import { prescriptionQueryOptions } from './get-prescription';
import { prescriptionsQueryOptions } from './get-prescriptions';

export interface SendPrescriptionVariables {
  id: string;
  request: SendPrescriptionRequest;
}

export function sendPrescription(
  { id, request }: SendPrescriptionVariables,
  idempotencyKey: string,
): Promise<PrescriptionDetail> {
  return apiRequest(prescriptionEndpoints.sendPrescription, {
    params: { prescriptionId: id },
    body: request,
    idempotencyKey,
  });
}

/** One send per intent: a retry after a lost answer reuses the key and gets the same code. */
export function useSendPrescription() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: sendPrescription,
    onSuccess: (detail) => {
      queryClient.setQueryData(prescriptionQueryOptions(detail.id).queryKey, detail);
      // The new code is what the person will show at the counter, perhaps with no signal.
      savePickupCopy(detail, sessionAtRequest(), Date.now());
      void queryClient.invalidateQueries({
        queryKey: prescriptionsQueryOptions().queryKey,
        exact: true,
      });
    },
  });
}
