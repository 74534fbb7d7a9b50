import * as z from 'zod/mini';
import type { Endpoint } from './endpoint';
import { sessionSchema } from './auth';

/** Demo-backend control endpoints (`/api/__demo/*`): answered only by the mock backend. */
export const faultsSchema = z.object({
  /** Before the work: every API answer waits this long. */
  latencyMs: z.int().check(z.minimum(0), z.maximum(5000)),
  /** Before the work: this share of requests fails with 500 and changes nothing. */
  errorRate: z.int().check(z.minimum(0), z.maximum(100)),
  /** Before the work: the API cannot be reached at all. */
  offline: z.boolean(),
  /**
   * After the work: this share of requests is carried out and committed, then the answer is lost
   * (a network error), the case idempotency keys exist for.
   */
  lostResponseRate: z.int().check(z.minimum(0), z.maximum(100)),
  /**
   * After the work: this share of requests is committed, then answered only after the client's
   * timeout has passed (`slowResponseMs` in the demo state).
   */
  slowResponseRate: z.int().check(z.minimum(0), z.maximum(100)),
});
export type Faults = z.infer<typeof faultsSchema>;

export const personaSummarySchema = z.object({
  id: z.string(),
  /** i18n key of the persona's short description, e.g. demo.persona.cqRetiree */
  labelKey: z.string(),
  name: z.string(),
  phone: z.string(),
  regionName: z.string(),
});
export type PersonaSummary = z.infer<typeof personaSummarySchema>;

/**
 * What the demo backend had to do about its saved state when it started: carry an older
 * version's data over, start again from the seed because the saved data could not be used, or
 * run in memory because the browser's IndexedDB cannot be opened (private mode).
 */
export const storageNoticeSchema = z.enum(['migrated', 'reset-incompatible', 'memory-only']);
export type StorageNotice = z.infer<typeof storageNoticeSchema>;

export const demoStateSchema = z.object({
  personas: z.array(personaSummarySchema),
  faults: faultsSchema,
  /** How long a "slow response" fault holds the answer: longer than the client's timeout. */
  slowResponseMs: z.int().check(z.positive()),
  /** Where the demo state lives: IndexedDB (survives a reload) or memory only. */
  storage: z.enum(['indexeddb', 'memory']),
  notice: z.nullable(storageNoticeSchema),
});
export type DemoState = z.infer<typeof demoStateSchema>;

export const switchPersonaRequestSchema = z.object({ personaId: z.string() });
export const switchPersonaResponseSchema = sessionSchema;

// Demo-only endpoints (spread into `endpoints` in endpoints.ts)
export const demoEndpoints = {
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
} as const satisfies Record<string, Endpoint>;
