import { describe, expect, it } from 'vitest';
import { defineReferenceData, invalidateReferenceData, referenceDataStats } from './reference-data';

describe('reference data', () => {
  it('builds on the first get, then serves the cached value', () => {
    let builds = 0;
    const data = defineReferenceData('test-cache', () => ({ builds: ++builds }));
    expect(data.isBuilt()).toBe(false);
    expect(data.lastBuildMs()).toBeUndefined();
    expect(builds).toBe(0);

    const first = data.get();
    expect(first).toEqual({ builds: 1 });
    expect(data.get()).toBe(first);
    expect(builds).toBe(1);
    expect(data.isBuilt()).toBe(true);
    expect(data.lastBuildMs()).toBeGreaterThanOrEqual(0);
  });

  it('rebuilds every dataset after invalidation, lazily', () => {
    let builds = 0;
    const a = defineReferenceData('test-invalidate-a', () => ({ n: ++builds }));
    const b = defineReferenceData('test-invalidate-b', () => ['b']);
    const before = a.get();
    b.get();

    invalidateReferenceData();
    expect(a.isBuilt()).toBe(false);
    expect(b.isBuilt()).toBe(false);
    expect(builds).toBe(1);

    const after = a.get();
    expect(after).not.toBe(before);
    expect(builds).toBe(2);
    expect(b.isBuilt()).toBe(false);
  });

  it('caches a value that is undefined like any other', () => {
    let builds = 0;
    const data = defineReferenceData('test-undefined', () => {
      builds++;
      return undefined;
    });
    data.get();
    data.get();
    expect(builds).toBe(1);
    expect(data.isBuilt()).toBe(true);
  });

  it('keeps nothing from a failed build, so the next get tries again', () => {
    let fail = true;
    const data = defineReferenceData('test-failure', () => {
      if (fail) throw new Error('broken');
      return 'ok';
    });
    expect(() => data.get()).toThrow('broken');
    expect(data.isBuilt()).toBe(false);
    fail = false;
    expect(data.get()).toBe('ok');
  });

  it('refuses a build that asks for its own dataset', () => {
    const data: { get(): number } = defineReferenceData('test-self', () => data.get() + 1);
    expect(() => data.get()).toThrow(/asked for itself/);
  });

  it('lists every dataset with its state and build time', () => {
    const data = defineReferenceData('test-stats', () => 1);
    expect(referenceDataStats()).toContainEqual({
      name: 'test-stats',
      built: false,
      buildMs: undefined,
    });
    data.get();
    const stat = referenceDataStats().find((s) => s.name === 'test-stats');
    expect(stat?.built).toBe(true);
    expect(stat?.buildMs).toBe(data.lastBuildMs());
  });
});
