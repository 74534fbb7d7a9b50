import type { Profile } from '@/api-contract/profile';
import type { Session } from '@/api-contract/auth';
import { now } from './clock';
import { findPersonaById, getDb, updateDb, withoutKey, type PersonaRecord } from './db';
import { apiError, bearerToken, randomHex } from './http-utils';

// Persona switching makes a session each time; the cap keeps the persisted state small.
const MAX_SESSIONS = 50;

/** Signs the persona in: a new opaque token, as a login would return. */
export function createSession(persona: PersonaRecord): Session {
  const token = randomHex(24);
  updateDb((db) => {
    db.sessions[token] = { token, personaId: persona.id, createdAtMs: now() };
    const tokens = Object.values(db.sessions)
      .sort((a, b) => a.createdAtMs - b.createdAtMs)
      .map((s) => s.token);
    for (const old of tokens.slice(0, Math.max(0, tokens.length - MAX_SESSIONS))) {
      db.sessions = withoutKey(db.sessions, old);
    }
  });
  return { token, user: structuredClone(persona.profile) };
}

export function removeSession(token: string): void {
  if (getDb().sessions[token] === undefined) return;
  updateDb((db) => {
    db.sessions = withoutKey(db.sessions, token);
  });
}

/**
 * The signed-in persona of a request, or the 401 to send back. A session whose persona is gone
 * counts as no session.
 */
export function authenticate(
  request: Request,
): { token: string; persona: PersonaRecord } | Response {
  const token = bearerToken(request);
  const session = token === null ? undefined : getDb().sessions[token];
  const persona = session === undefined ? undefined : findPersonaById(session.personaId);
  if (token === null || persona === undefined) {
    return apiError(401, 'UNAUTHENTICATED', { message: 'Missing or unknown session token' });
  }
  return { token, persona };
}

export function profileOf(persona: PersonaRecord): Profile {
  return structuredClone(persona.profile);
}
