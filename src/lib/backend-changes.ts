/**
 * Changes to the backend's data made somewhere else (another tab of the demo backend today; a
 * server push could say the same), so whatever this tab shows is fetched again. The query
 * client subscribes (app/providers.tsx); the demo backend announces.
 */
export interface BackendChange {
  /** The whole state went back to its seed: every session and every record changed. */
  reset: boolean;
  /** The tables (entities) that changed, for listeners that care which. */
  tables: readonly string[];
}

type Listener = (change: BackendChange) => void;
const listeners = new Set<Listener>();

export function onBackendChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function announceBackendChange(change: BackendChange): void {
  for (const listener of listeners) listener(change);
}
