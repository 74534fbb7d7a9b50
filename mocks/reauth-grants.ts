import type { StoreState, Tx } from './store/store';

/**
 * Whether `grant` is a re-authentication grant (docs/decisions/012) issued to this session and
 * not yet expired: what every money move asks before it runs (the route layer's `reauth`).
 */
export function grantHolds(
  view: StoreState | Tx,
  session: { token: string; personId: string },
  grant: string,
  atMs: number,
): boolean {
  const record = view.reauthGrants.get(grant);
  return (
    record !== undefined &&
    record.personId === session.personId &&
    record.sessionToken === session.token &&
    record.expiresAtMs > atMs
  );
}
