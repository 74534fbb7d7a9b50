/**
 * Seeded pseudo-random numbers for reference data.
 *
 * The generator is mulberry32 (Tommy Ettinger, 2017, public domain:
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c), the same one
 * `scripts/bench.mjs` uses for its workloads. It keeps 32 bits of state and uses only integer
 * operations (`Math.imul`, shifts, xor), so every JavaScript engine on every platform produces
 * the same sequence. That is the point here: the demo's pharmacies are regenerated on every
 * device from a seed, and a pharmacy id saved in one session must name the same shop in the
 * next. For the same reason nothing built on top of this calls Math.sin/log/exp: the language
 * leaves their last bits to the engine.
 */

const UINT32_RANGE = 4_294_967_296; // 2^32

/** One step of mulberry32 as a pure function: state in, next state and output out. */
function mulberry32Step(state: number): { state: number; value: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { state: next, value: (t ^ (t >>> 14)) >>> 0 };
}

/**
 * A stream of numbers from a 32-bit seed. One object can be reseeded and reused, so a build
 * that gives each record its own stream (record i depends only on the seed and i) does not
 * allocate a generator per record.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Restarts the stream as if newly built with `seed`. */
  reseed(seed: number): void {
    this.state = seed >>> 0;
  }

  /** An unsigned 32-bit integer. */
  nextUint32(): number {
    // Inlined copy of mulberry32Step: this runs millions of times per build.
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1); exact, since dividing a 32-bit integer by 2^32 never rounds. */
  next(): number {
    return this.nextUint32() / UINT32_RANGE;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): need integers with min <= max`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /**
   * A bell-shaped value in [-1, 1]: the mean of three uniforms, rescaled (Irwin–Hall, n = 3;
   * standard deviation 1/3). Bounded, unlike a normal, so generated points never leave their
   * area, and made of additions only, so it is the same on every engine.
   */
  bell(): number {
    return (this.next() + this.next() + this.next() - 1.5) / 1.5;
  }
}

/** A fresh stream; same seed, same numbers, everywhere. */
export function createRandom(seed: number): SeededRandom {
  return new SeededRandom(seed);
}

/**
 * Mixes two 32-bit values into a well-spread 32-bit value (one mulberry32 step over their
 * combination). Used to derive a record's own seed, and for answers such as "does this pharmacy
 * stock this drug" that must be the same every time without a stored table.
 */
export function mix32(a: number, b: number): number {
  return mulberry32Step((Math.imul(a >>> 0, 0x9e3779b1) ^ (b >>> 0)) >>> 0).value;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a string (drug codes, fingerprints). */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit value as a float in [0, 1). */
export function unitFloat(uint32: number): number {
  return (uint32 >>> 0) / UINT32_RANGE;
}
