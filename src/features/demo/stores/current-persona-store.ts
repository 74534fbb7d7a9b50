import { useEffect } from 'react';
import { create } from 'zustand';
import type { PersonaSummary } from '@/api-contract/demo';
import { registerStoreReset } from '@/lib/store-registry';

// A demo persona's id (fixture data, never a person's) and which session it was seen in; for
// this tab only, like the session token, so a reload with faults on still knows who is signed in.
const KEY = 'ybt.demo.currentPersona';

interface Remembered {
  /** A fingerprint of the session token: enough to tell sessions apart, not a copy of it. */
  session: string;
  personaId: string;
}

/** FNV-1a, 32 bits: tells two tokens apart; it protects nothing and needs not to. */
function fingerprint(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i += 1) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}

function read(): Remembered | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { session, personaId } = value as Record<string, unknown>;
    return typeof session === 'string' && typeof personaId === 'string'
      ? { session, personaId }
      : null;
  } catch {
    return null;
  }
}

function write(value: Remembered | null): void {
  try {
    if (value) sessionStorage.setItem(KEY, JSON.stringify(value));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: remembered for this page only.
  }
}

const useRememberedPersona = create<{ remembered: Remembered | null }>(() => ({
  remembered: read(),
}));

function remember(value: Remembered | null): void {
  write(value);
  useRememberedPersona.setState({ remembered: value });
}

// Sign-out, a switch and an expired session all reset the stores: the remembered person goes.
registerStoreReset(() => remember(null));

interface CurrentPersonaInput {
  /** The session token, null when signed out. */
  token: string | null;
  /** The signed-in person's phone when the profile has loaded. */
  phone: string | null;
  /** The demo personas, once the demo state has loaded. */
  personas: readonly PersonaSummary[] | undefined;
}

/**
 * The phone of the demo persona who is signed in. Faults make the profile request fail just
 * when support staff open the console, so the persona last seen in this session stands in.
 */
export function useCurrentPersonaPhone({ token, phone, personas }: CurrentPersonaInput) {
  const remembered = useRememberedPersona((s) => s.remembered);
  const session = token === null ? null : fingerprint(token);
  const seenId = phone === null ? undefined : personas?.find((p) => p.phone === phone)?.id;

  useEffect(() => {
    if (session !== null && seenId !== undefined) remember({ session, personaId: seenId });
  }, [session, seenId]);

  if (session === null) return null;
  if (phone !== null) return phone;
  if (remembered?.session !== session) return null;
  return personas?.find((p) => p.id === remembered.personaId)?.phone ?? null;
}
