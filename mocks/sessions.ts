import type { Session } from '@/api-contract/auth';
import { now } from './clock';
import { profileOf } from './db';
import { randomHex } from './random';
import type { Tx } from './store/store';

// Persona switching makes a session each time; the cap keeps the persisted state small.
export const MAX_SESSIONS = 50;

/** Signs the person in: a new opaque token, as a login would return. */
export function createSession(tx: Tx, personId: string): Session {
  const token = randomHex(24);
  tx.sessions.insert({ id: token, personId, createdAtMs: now() });
  const sessions = tx.sessions.all().sort((a, b) => a.createdAtMs - b.createdAtMs);
  for (const old of sessions.slice(0, Math.max(0, sessions.length - MAX_SESSIONS))) {
    tx.sessions.delete(old.id);
  }
  return { token, user: profileOf(tx, personId) };
}
