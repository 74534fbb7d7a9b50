import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, hashString, mix32, SeededRandom, unitFloat } from './random';

describe('seeded random', () => {
  it('is mulberry32: seed 1 gives the published sequence', () => {
    // mulberry32(1)() is 0.6270739405881613 in the reference implementation.
    const random = createRandom(1);
    expect([random.nextUint32(), random.nextUint32(), random.nextUint32()]).toEqual([
      2693262067, 11749833, 2265367787,
    ]);
    expect(createRandom(1).next()).toBe(0.6270739405881613);
  });

  it('restarts the same stream when reseeded', () => {
    const reused = new SeededRandom(7);
    reused.next();
    reused.reseed(42);
    const fresh = createRandom(42);
    for (let i = 0; i < 100; i++) expect(reused.nextUint32()).toBe(fresh.nextUint32());
  });

  it('keeps int, pick, chance and bell within their ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (seed, min, span) => {
          const random = createRandom(seed);
          const n = random.int(min, min + span);
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(min + span);
          expect(Number.isInteger(n)).toBe(true);
          expect(['a', 'b', 'c']).toContain(random.pick(['a', 'b', 'c']));
          expect(random.chance(0)).toBe(false);
          expect(random.chance(1)).toBe(true);
          const bell = random.bell();
          expect(bell).toBeGreaterThanOrEqual(-1);
          expect(bell).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reaches both ends of an int range', () => {
    const random = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(random.int(1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('refuses ranges and lists it cannot draw from', () => {
    const random = createRandom(1);
    expect(() => random.int(3, 2)).toThrow(RangeError);
    expect(() => random.int(0.5, 2)).toThrow(RangeError);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('hashes strings with FNV-1a and mixes values the same way every time', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('abc')).toBe(0x1a47e90b);
    expect(mix32(1, 2)).toBe(mix32(1, 2));
    expect(mix32(1, 2)).not.toBe(mix32(2, 1));
    expect(unitFloat(0)).toBe(0);
    expect(unitFloat(0xffffffff)).toBeLessThan(1);
  });
});
