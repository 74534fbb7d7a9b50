import * as z from 'zod/mini';
import { sessionSchema } from './auth';

/** Demo-backend control endpoints (`/api/__demo/*`): answered only by the mock backend. */
export const faultsSchema = z.object({
  latencyMs: z.int().check(z.minimum(0), z.maximum(5000)),
  errorRate: z.int().check(z.minimum(0), z.maximum(100)),
  offline: z.boolean(),
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

export const demoStateSchema = z.object({
  personas: z.array(personaSummarySchema),
  faults: faultsSchema,
});
export type DemoState = z.infer<typeof demoStateSchema>;

export const switchPersonaRequestSchema = z.object({ personaId: z.string() });
export const switchPersonaResponseSchema = sessionSchema;
