import type { ApiErrorCode } from '@/api-contract/common';
import { declaredErrors, endpoints, type Endpoint } from '@/api-contract/endpoints';

/** Every status each code has on any endpoint of `list`, from the contract's declared errors. */
export function statusesByCode(list: readonly Endpoint[]): Map<ApiErrorCode, number[]> {
  const statuses = new Map<ApiErrorCode, number[]>();
  for (const endpoint of list) {
    for (const error of declaredErrors(endpoint)) {
      for (const code of error.codes) {
        const known = statuses.get(code) ?? [];
        if (!known.includes(error.status)) statuses.set(code, [...known, error.status].sort());
      }
    }
  }
  return statuses;
}

const registry: readonly Endpoint[] = Object.values(endpoints);
const byCode = statusesByCode(registry);
const byEndpoint = new WeakMap<Endpoint, ReadonlyMap<ApiErrorCode, number>>();

/** The status `endpoint` declares for `code`, or undefined when it does not declare the code. */
export function declaredStatus(endpoint: Endpoint, code: ApiErrorCode): number | undefined {
  let statuses = byEndpoint.get(endpoint);
  if (statuses === undefined) {
    const map = new Map<ApiErrorCode, number>();
    for (const error of declaredErrors(endpoint)) {
      // The endpoint's own errors come first and win over the shared ones.
      for (const code of error.codes) if (!map.has(code)) map.set(code, error.status);
    }
    statuses = map;
    byEndpoint.set(endpoint, statuses);
  }
  return statuses.get(code);
}

/**
 * The one status the whole registry gives `code`: for answers that no endpoint routes (faults
 * before the work, an unknown path). A code with two statuses needs its endpoint.
 */
export function registryStatus(code: ApiErrorCode): number {
  const statuses = byCode.get(code) ?? [];
  const [status] = statuses;
  if (status === undefined || statuses.length > 1) {
    throw new Error(`${code} has ${statuses.length} statuses in the registry; name the endpoint`);
  }
  return status;
}

/** The codes the registry gives more than one status; each is resolved by its endpoint. */
export function ambiguousCodes(): ApiErrorCode[] {
  return [...byCode].filter(([, statuses]) => statuses.length > 1).map(([code]) => code);
}
