import { type DemoTraceResale, traceCodeDemoEndpoints } from '@/api-contract/trace-codes';
import { apiRequest } from '@/lib/api-client';
import { useIdempotentMutation } from '@/lib/intent-keys';

/** The demo's "settle this box again": a second sale of a sold box, at another pharmacy. */
export function resellTraceCode(code: string, idempotencyKey: string): Promise<DemoTraceResale> {
  return apiRequest(traceCodeDemoEndpoints.demoResellTraceCode, {
    params: { code },
    idempotencyKey,
  });
}

export function useResellTraceCode() {
  return useIdempotentMutation<DemoTraceResale, string>({ mutationFn: resellTraceCode });
}
