import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DemoVoucherSettings, voucherDemoEndpoints } from '@/api-contract/voucher';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

export function getVoucherSettings(signal?: AbortSignal): Promise<DemoVoucherSettings> {
  return apiRequest(voucherDemoEndpoints.demoVoucherSettings, { ...(signal ? { signal } : {}) });
}

export const voucherSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['demo', 'voucher'] as const,
    queryFn: ({ signal }) => getVoucherSettings(signal),
  });

export function useVoucherSettings() {
  return useQuery(voucherSettingsQueryOptions());
}

export function updateVoucherSettings(
  settings: DemoVoucherSettings,
  idempotencyKey: string,
): Promise<DemoVoucherSettings> {
  return apiRequest(voucherDemoEndpoints.demoSetVoucherSettings, {
    body: settings,
    idempotencyKey,
  });
}

export function useUpdateVoucherSettings() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: updateVoucherSettings,
    onSuccess: (settings) =>
      queryClient.setQueryData(voucherSettingsQueryOptions().queryKey, settings),
  });
}
