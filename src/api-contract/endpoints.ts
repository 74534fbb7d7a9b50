import { authEndpoints } from './auth';
import { demoEndpoints } from './demo';
import { familyDemoEndpoints, familyEndpoints } from './family';
import { pharmacyEndpoints } from './pharmacies';
import { prescriptionEndpoints } from './prescriptions';
import { profileEndpoints } from './profile';
import { reauthEndpoints } from './reauth';
import { recordEndpoints } from './records';
import { settlementDemoEndpoints, settlementEndpoints } from './settlement';
import { traceCodeDemoEndpoints, traceCodeEndpoints } from './trace-codes';
import { voucherDemoEndpoints, voucherEndpoints } from './voucher';
import type { Endpoint } from './endpoint';

// The shape of one endpoint lives in ./endpoint, which the feature files import: this registry
// imports them, so they must not import it back.
export * from './endpoint';

/**
 * Every endpoint of the API, described once: the mock backend routes by it, the OpenAPI document
 * (docs/api/openapi.json) is generated from it and the conformance suite (e2e/contract/) walks it.
 * Paths are relative to the API base (`/api` by default) and use OpenAPI's `{param}` templates.
 */
export const endpoints = {
  ...authEndpoints,
  ...profileEndpoints,
  ...demoEndpoints,
  ...voucherEndpoints,
  ...voucherDemoEndpoints,
  ...pharmacyEndpoints,
  ...prescriptionEndpoints,
  ...reauthEndpoints,
  ...familyEndpoints,
  ...familyDemoEndpoints,
  ...settlementEndpoints,
  ...settlementDemoEndpoints,
  ...recordEndpoints,
  ...traceCodeEndpoints,
  ...traceCodeDemoEndpoints,
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;

/** The published API: every endpoint a real backend implements. */
export const publicEndpoints: readonly Endpoint[] = Object.values(endpoints).filter(
  (endpoint: Endpoint) => endpoint.demoOnly !== true,
);
