import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPosition, originQuery, useOrigin } from './geolocation';
import { resetAllStores } from './store-registry';

function stub(getCurrentPosition: unknown) {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition },
  });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'geolocation');
});

describe('geolocation', () => {
  it('names each failure', async () => {
    await expect(currentPosition()).rejects.toBe('unsupported');
    for (const [code, problem] of [
      [1, 'denied'],
      [2, 'unavailable'],
      [3, 'timeout'],
    ] as const) {
      stub((_ok: unknown, fail: (e: object) => void) =>
        fail({ code, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }),
      );
      await expect(currentPosition()).rejects.toBe(problem);
    }
  });

  it('keeps the origin in memory only, and forgets it at sign-out', async () => {
    stub((ok: (p: object) => void) => ok({ coords: { latitude: 26.08, longitude: 119.3 } }));
    await useOrigin.getState().request();
    const origin = useOrigin.getState().origin;
    expect(origin).toEqual({ kind: 'device', lat: 26.08, lng: 119.3 });
    expect(origin && originQuery(origin)).toEqual({ lat: 26.08, lng: 119.3 });
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('26.08');
    resetAllStores();
    expect(useOrigin.getState().origin).toBeNull();
  });
});

describe('a district chosen by hand', () => {
  it('survives a reload of the tab, while the device position is never stored', async () => {
    const first = await import('./geolocation');
    first.useOrigin
      .getState()
      .setOrigin({ kind: 'area', district: '350102', label: '福州市鼓楼区' });
    expect(JSON.stringify(sessionStorage)).not.toMatch(/lat|lng/);
    vi.resetModules();
    const reloaded = await import('./geolocation');
    expect(reloaded.useOrigin.getState().origin).toEqual({
      kind: 'area',
      district: '350102',
      label: '福州市鼓楼区',
    });
  });
});
