import * as z from 'zod/mini';
import { faultsSchema } from '@/api-contract/demo';
import { profileSchema } from '@/api-contract/profile';
import { createSeedDb } from './seed';

/**
 * The demo backend's whole state, plain JSON so it can be cloned, persisted and compared.
 * The schema doubles as the check on what comes back from IndexedDB after a reload.
 */
export const personaRecordSchema = z.object({
  id: z.string(),
  labelKey: z.string(),
  profile: profileSchema,
});
export type PersonaRecord = z.infer<typeof personaRecordSchema>;

export const sessionRecordSchema = z.object({
  token: z.string(),
  personaId: z.string(),
  createdAtMs: z.number(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const smsCodeRecordSchema = z.object({
  phone: z.string(),
  code: z.string(),
  sentAtMs: z.number(),
  failedAttempts: z.int().check(z.nonnegative()),
});
export type SmsCodeRecord = z.infer<typeof smsCodeRecordSchema>;

export const dbStateSchema = z.object({
  personas: z.array(personaRecordSchema),
  /** Keyed by token. */
  sessions: z.record(z.string(), sessionRecordSchema),
  /** Keyed by phone: a new code replaces the previous one, as with a real SMS gateway. */
  smsCodes: z.record(z.string(), smsCodeRecordSchema),
  faults: faultsSchema,
});
export type DbState = z.infer<typeof dbStateSchema>;

export type DbChange = 'update' | 'reset' | 'load';
type DbListener = (change: DbChange) => void;

let state: DbState = createSeedDb();
const listeners = new Set<DbListener>();

function notify(change: DbChange): void {
  for (const listener of listeners) listener(change);
}

/** The current state. Read it freely; change it only through `updateDb` so persistence sees it. */
export function getDb(): Readonly<DbState> {
  return state;
}

/** Applies a change and tells the listeners (persistence) that the state moved. */
export function updateDb<T>(mutate: (draft: DbState) => T): T {
  const result = mutate(state);
  notify('update');
  return result;
}

/** Back to the seed: personas as shipped, no sessions, no codes, no faults. */
export function resetDb(): void {
  state = createSeedDb();
  notify('reset');
}

/** Replaces the state with one restored from storage (already validated by the caller). */
export function loadDb(next: DbState): void {
  state = structuredClone(next);
  notify('load');
}

export function subscribeDb(listener: DbListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function findPersonaById(personaId: string): PersonaRecord | undefined {
  return state.personas.find((p) => p.id === personaId);
}

export function findPersonaByPhone(phone: string): PersonaRecord | undefined {
  return state.personas.find((p) => p.profile.phone === phone);
}

/** A copy of `record` without `key`; the state's maps are plain objects so they stay JSON. */
export function withoutKey<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
