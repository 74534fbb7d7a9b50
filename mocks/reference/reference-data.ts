/**
 * Reference data: large, read-only datasets of the demo backend (the pharmacies first), kept
 * apart from its mutable state.
 *
 * A dataset is generated from a fixed seed the first time something asks for it, never at
 * import, so loading the demo backend (and with it the first paint) does not wait for 100,000
 * records nobody has asked for yet.
 *
 * Nothing here is ever persisted. The data is a pure function of its seed and the code, so
 * storing it would only cost IndexedDB space and load time to get back what a rebuild gives for
 * free; and a stored copy could drift from the code that is meant to define it. Only mutable
 * facts (who picked which pharmacy) belong in the persisted state, by id.
 */

export interface ReferenceData<T> {
  readonly name: string;
  /** The dataset, built on the first call since the last invalidation, then cached. */
  get(): T;
  isBuilt(): boolean;
  /** How long the most recent build took, in milliseconds; undefined before the first. */
  lastBuildMs(): number | undefined;
}

export interface ReferenceDataStat {
  readonly name: string;
  readonly built: boolean;
  readonly buildMs: number | undefined;
}

interface Slot {
  readonly name: string;
  drop(): void;
  stat(): ReferenceDataStat;
}

// Keyed by name so a module re-evaluated by hot reload replaces its old entry instead of adding
// a second one.
const registry = new Map<string, Slot>();

/**
 * Declares a dataset. `build` must be deterministic and must not read mutable state: the store
 * drops every dataset on reset and on load (`invalidateReferenceData`) and relies on the rebuild
 * giving the same content.
 */
export function defineReferenceData<T>(name: string, build: () => T): ReferenceData<T> {
  let value: { current: T } | undefined;
  let buildMs: number | undefined;
  let building = false;

  const handle: ReferenceData<T> = {
    name,
    get() {
      if (value !== undefined) return value.current;
      // A build that reaches for its own dataset would otherwise recurse until the stack breaks.
      if (building) throw new Error(`reference data "${name}" asked for itself while building`);
      building = true;
      try {
        const start = performance.now();
        const built = build();
        buildMs = performance.now() - start;
        value = { current: built };
        return built;
      } finally {
        building = false;
      }
    },
    isBuilt: () => value !== undefined,
    lastBuildMs: () => buildMs,
  };

  registry.set(name, {
    name,
    drop: () => {
      value = undefined;
    },
    stat: () => ({ name, built: value !== undefined, buildMs }),
  });
  return handle;
}

/**
 * Drops every built dataset so the next `get()` rebuilds it. The store calls this on demo reset
 * and after loading saved state; the rebuild is lazy, so a reset costs nothing until a screen
 * needs the data again.
 */
export function invalidateReferenceData(): void {
  for (const slot of registry.values()) slot.drop();
}

/** Every declared dataset, whether built and how long its last build took. */
export function referenceDataStats(): ReferenceDataStat[] {
  return [...registry.values()].map((slot) => slot.stat());
}
