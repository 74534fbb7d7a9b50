import * as z from 'zod/mini';
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
