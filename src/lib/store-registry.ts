/**
 * Sign-out must leave nothing of the person behind, so every store that can hold their data
 * registers a reset here and sign-out calls them all.
 */
const resets = new Set<() => void>();

/**
 * sessionStorage keys under this prefix hold what a person typed (drafts kept for the tab).
 * Sign-out removes them by prefix: the module that writes one may live in a lazily loaded route
 * that never ran on this page, so its registered reset would not be there to do it.
 */
export const DRAFT_STORAGE_PREFIX = 'ybt.draft.';

/**
 * sessionStorage keys under this prefix hold the last answers a person needs with no signal
 * (the pick-up code at the pharmacy counter, docs/decisions/021). Removed by prefix at every
 * sign-out, for the same reason as the drafts.
 */
export const OFFLINE_COPY_STORAGE_PREFIX = 'ybt.offline.';

export function registerStoreReset(reset: () => void): () => void {
  resets.add(reset);
  return () => resets.delete(reset);
}

function clearStoredDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(DRAFT_STORAGE_PREFIX) || key.startsWith(OFFLINE_COPY_STORAGE_PREFIX))
        sessionStorage.removeItem(key);
    }
  } catch {
    // No storage, no drafts in it.
  }
}

export function resetAllStores(): void {
  for (const reset of resets) reset();
  clearStoredDrafts();
}
