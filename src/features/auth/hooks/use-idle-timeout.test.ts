import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_OVERRIDE_KEY } from '@/lib/config';
import { useIdleTimeout } from './use-idle-timeout';

describe('useIdleTimeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.setItem(IDLE_TIMEOUT_OVERRIDE_KEY, '10000');
  });
  afterEach(() => vi.useRealTimers());

  it('warns in the last fifth, then times out', () => {
    const onTimeout = vi.fn();
    const { result } = renderHook(() => useIdleTimeout(true, onTimeout));
    act(() => vi.advanceTimersByTime(7000));
    expect(result.current.warningSecondsLeft).toBeNull();
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current.warningSecondsLeft).toBe(1);
    expect(onTimeout).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1500));
    expect(onTimeout).toHaveBeenCalledOnce();
  });

  it('activity before the warning restarts the clock; staying clears the warning', () => {
    const onTimeout = vi.fn();
    const { result } = renderHook(() => useIdleTimeout(true, onTimeout));
    act(() => vi.advanceTimersByTime(6000));
    act(() => {
      window.dispatchEvent(new Event('keydown'));
    });
    act(() => vi.advanceTimersByTime(6000));
    expect(onTimeout).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(3000));
    expect(result.current.warningSecondsLeft).not.toBeNull();
    act(() => result.current.stay());
    expect(result.current.warningSecondsLeft).toBeNull();
    act(() => vi.advanceTimersByTime(7000));
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('does nothing while signed out', () => {
    const onTimeout = vi.fn();
    renderHook(() => useIdleTimeout(false, onTimeout));
    act(() => vi.advanceTimersByTime(60_000));
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
