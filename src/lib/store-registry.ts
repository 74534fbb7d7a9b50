/**
 * Sign-out must leave nothing of the person behind, so every store that can hold their data
 * registers a reset here and sign-out calls them all.
 */
const resets = new Set<() => void>();

export function registerStoreReset(reset: () => void): () => void {
  resets.add(reset);
  return () => resets.delete(reset);
}

export function resetAllStores(): void {
  for (const reset of resets) reset();
}
