import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_OVERRIDE_KEY, setIdleTimeoutOverride } from '@/lib/idle-timeout';
import { useIdleTimeout } from './use-idle-timeout';

describe('useIdleTimeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('warns for the last half of a short timeout, then times out', () => {
    localStorage.setItem(IDLE_TIMEOUT_OVERRIDE_KEY, '10000');
    const onTimeout = vi.fn();
    const { result } = renderHook(() => useIdleTimeout(true, onTimeout));
    act(() => vi.advanceTimersByTime(4000));
    expect(result.current.warningSecondsLeft).toBeNull();
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current.warningSecondsLeft).toBe(5);
    expect(onTimeout).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(5500));
    expect(onTimeout).toHaveBeenCalledOnce();
  });

  it('leaves a whole minute to read the warning and tap, from two minutes up', () => {
    for (const timeout of [2 * 60_000, 15 * 60_000]) {
      setIdleTimeoutOverride(timeout === 15 * 60_000 ? null : timeout);
      const onTimeout = vi.fn();
      const { result, unmount } = renderHook(() => useIdleTimeout(true, onTimeout));
      act(() => vi.advanceTimersByTime(timeout - 61_000));
      expect(result.current.warningSecondsLeft).toBeNull();
      act(() => vi.advanceTimersByTime(2000));
      expect(result.current.warningSecondsLeft).toBe(59);
      unmount();
    }
  });

  it('a 20-second demo timeout still leaves 10 seconds of warning', () => {
    setIdleTimeoutOverride(20_000);
    const { result } = renderHook(() => useIdleTimeout(true, vi.fn()));
    act(() => vi.advanceTimersByTime(10_000));
    expect(result.current.warningSecondsLeft).toBe(10);
  });

  it('a timeout chosen in the demo console applies at once, without a reload', () => {
    const onTimeout = vi.fn();
    const { result } = renderHook(() => useIdleTimeout(true, onTimeout));
    act(() => vi.advanceTimersByTime(5000));
    act(() => setIdleTimeoutOverride(20_000));
    act(() => vi.advanceTimersByTime(10_000));
    expect(result.current.warningSecondsLeft).toBe(10);
    act(() => vi.advanceTimersByTime(10_500));
    expect(onTimeout).toHaveBeenCalledOnce();
  });

  it('follows a timeout changed in another tab', () => {
    const { result } = renderHook(() => useIdleTimeout(true, vi.fn()));
    act(() => {
      localStorage.setItem(IDLE_TIMEOUT_OVERRIDE_KEY, '20000');
      window.dispatchEvent(new StorageEvent('storage', { key: IDLE_TIMEOUT_OVERRIDE_KEY }));
    });
    act(() => vi.advanceTimersByTime(10_000));
    expect(result.current.warningSecondsLeft).toBe(10);
  });

  it('the production build ignores the demo override: the default 15 minutes hold', () => {
    vi.stubGlobal('__DEMO__', false);
    localStorage.setItem(IDLE_TIMEOUT_OVERRIDE_KEY, '10000');
    const onTimeout = vi.fn();
    const { result } = renderHook(() => useIdleTimeout(true, onTimeout));
    act(() => vi.advanceTimersByTime(14 * 60_000 - 1000));
    expect(result.current.warningSecondsLeft).toBeNull();
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current.warningSecondsLeft).toBe(59);
    expect(onTimeout).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(60_000));
    expect(onTimeout).toHaveBeenCalledOnce();
  });

  it('activity before the warning restarts the clock; staying clears the warning', () => {
    localStorage.setItem(IDLE_TIMEOUT_OVERRIDE_KEY, '10000');
    const onTimeout = vi.fn();
    const { result } = renderHook(() => useIdleTimeout(true, onTimeout));
    act(() => vi.advanceTimersByTime(4000));
    act(() => {
      window.dispatchEvent(new Event('keydown'));
    });
    act(() => vi.advanceTimersByTime(4000));
    expect(result.current.warningSecondsLeft).toBeNull();
    expect(onTimeout).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current.warningSecondsLeft).not.toBeNull();
    act(() => result.current.stay());
    expect(result.current.warningSecondsLeft).toBeNull();
    act(() => vi.advanceTimersByTime(9000));
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('does nothing while signed out', () => {
    const onTimeout = vi.fn();
    renderHook(() => useIdleTimeout(false, onTimeout));
    act(() => vi.advanceTimersByTime(60_000));
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
