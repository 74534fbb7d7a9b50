import {
  loginRequestSchema,
  sessionSchema,
  smsCodeRequestSchema,
  smsCodeResponseSchema,
} from './auth';
import {
  demoStateSchema,
  faultsSchema,
  switchPersonaRequestSchema,
  switchPersonaResponseSchema,
} from './demo';
import { familyDemoEndpoints, familyEndpoints } from './family';
import { pharmacyEndpoints } from './pharmacies';
import { prescriptionEndpoints } from './prescriptions';
import { profileSchema } from './profile';
import { reauthEndpoints } from './reauth';
import { recordEndpoints } from './records';
import { settlementDemoEndpoints, settlementEndpoints } from './settlement';
import { traceCodeDemoEndpoints, traceCodeEndpoints } from './trace-codes';
import { voucherEndpoints } from './voucher';
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
  sendSmsCode: {
    id: 'sendSmsCode',
    method: 'POST',
    path: '/auth/sms-code',
    summary: 'Send a 6-digit sign-in code to a mobile number',
    tag: 'auth',
    auth: false,
    request: smsCodeRequestSchema,
    response: smsCodeResponseSchema,
    status: 200,
    errors: [
      { status: 400, codes: ['PHONE_INVALID'], description: 'Not a mainland mobile number.' },
      {
        status: 429,
        codes: ['SMS_TOO_SOON'],
        description: 'A code was sent less than a minute ago; `retryAfterSeconds` says when.',
      },
    ],
  },
  login: {
    id: 'login',
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in with a phone number and the SMS code sent to it',
    tag: 'auth',
    auth: false,
    request: loginRequestSchema,
    response: sessionSchema,
    status: 200,
    errors: [
      {
        status: 400,
        codes: ['PHONE_INVALID', 'SMS_CODE_WRONG', 'SMS_CODE_EXPIRED'],
        description: 'Bad phone, wrong code, or a code that expired or was guessed at 5 times.',
      },
      { status: 404, codes: ['NOT_FOUND'], description: 'No insured person has this phone.' },
    ],
  },
  logout: {
    id: 'logout',
    method: 'POST',
    path: '/auth/logout',
    summary: 'End the session of the token sent (an unknown token is already signed out)',
    tag: 'auth',
    auth: true,
    status: 204,
    errors: [],
  },
  getMe: {
    id: 'getMe',
    method: 'GET',
    path: '/me',
    summary: "The signed-in person's profile, insurance and family",
    tag: 'profile',
    auth: true,
    response: profileSchema,
    status: 200,
    errors: [],
  },
  demoState: {
    id: 'demoState',
    method: 'GET',
    path: '/__demo/state',
    summary: 'Demo personas and fault settings',
    tag: 'demo',
    auth: false,
    response: demoStateSchema,
    status: 200,
    errors: [],
    demoOnly: true,
  },
  demoFaults: {
    id: 'demoFaults',
    method: 'PUT',
    path: '/__demo/faults',
    summary: 'Set the injected faults',
    tag: 'demo',
    auth: false,
    request: faultsSchema,
    response: demoStateSchema,
    status: 200,
    errors: [],
    demoOnly: true,
  },
  demoReset: {
    id: 'demoReset',
    method: 'POST',
    path: '/__demo/reset',
    summary: 'Back to the seed: every person as shipped, signed out, no faults',
    tag: 'demo',
    auth: false,
    response: demoStateSchema,
    status: 200,
    errors: [],
    demoOnly: true,
  },
  demoPersona: {
    id: 'demoPersona',
    method: 'POST',
    path: '/__demo/persona',
    summary: 'Sign in as a demo persona without an SMS code',
    tag: 'demo',
    auth: false,
    request: switchPersonaRequestSchema,
    response: switchPersonaResponseSchema,
    status: 200,
    errors: [{ status: 404, codes: ['NOT_FOUND'], description: 'No such persona.' }],
    demoOnly: true,
  },
  ...voucherEndpoints,
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
