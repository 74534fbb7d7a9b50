import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWakeLock } from './use-wake-lock';

function installWakeLock() {
  const release = vi.fn(() => Promise.resolve());
  const request = vi.fn(() => Promise.resolve({ release } as unknown as WakeLockSentinel));
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
  return { request, release };
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'wakeLock');
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('useWakeLock', () => {
  it('holds the screen on while active, again after the page was hidden, and lets go at the end', async () => {
    const { request, release } = installWakeLock();
    const { rerender, unmount } = renderHook(({ active }) => useWakeLock(active), {
      initialProps: { active: true },
    });
    await waitFor(() => expect(request).toHaveBeenCalledWith('screen'));
    setVisibility('hidden');
    await waitFor(() => expect(release).toHaveBeenCalledTimes(1));
    setVisibility('visible');
    await waitFor(() => expect(request).toHaveBeenCalledTimes(2));
    rerender({ active: false });
    await waitFor(() => expect(release).toHaveBeenCalledTimes(2));
    unmount();
  });

  it('does nothing where the API is missing or while inactive', () => {
    expect(() => renderHook(() => useWakeLock(true))).not.toThrow();
    const { request } = installWakeLock();
    renderHook(() => useWakeLock(false));
    expect(request).not.toHaveBeenCalled();
  });
});
