import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { transact } from '@mocks/db';
import { personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { configureApiClient } from '@/lib/api-config';
import { REFRESH_LEAD_MS, useLiveCode } from './use-live-code';

const fz = personas.find((p) => p.id === 'fz-employee');
if (!fz) throw new Error('no Fuzhou persona');

beforeEach(() => {
  const { token } = transact((tx) => createSession(tx, fz.personId));
  configureApiClient({ getToken: () => token });
  // Only the clock and the timers the hook schedules; promises and msw run as usual.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    shouldAdvanceTime: true,
  });
});

afterEach(() => {
  vi.useRealTimers();
  configureApiClient({ getToken: () => null });
});

function tokenOf(state: ReturnType<typeof useLiveCode>['state']): string | null {
  return state.kind === 'live' ? state.code.ecToken : null;
}

describe('useLiveCode', () => {
  it('counts down and fetches a new code before the shown one expires', async () => {
    const { result } = renderHook(() => useLiveCode());
    await waitFor(() => expect(result.current.state.kind).toBe('live'));
    const first = tokenOf(result.current.state);
    expect(result.current.secondsLeft).toBe(30);

    await act(async () => {
      vi.advanceTimersByTime(10_000);
    });
    expect(result.current.secondsLeft).toBe(20);
    expect(tokenOf(result.current.state)).toBe(first);

    await act(async () => {
      vi.advanceTimersByTime(20_000 - REFRESH_LEAD_MS);
    });
    await waitFor(() => expect(tokenOf(result.current.state)).not.toBe(first));
    expect(result.current.secondsLeft).toBe(30);
  });

  it('never shows a code past its expiry: the clock jumping ahead hides it until a new one comes', async () => {
    const { result } = renderHook(() => useLiveCode());
    await waitFor(() => expect(result.current.state.kind).toBe('live'));
    const first = tokenOf(result.current.state);
    // The phone slept: time moved on without the renewal timer firing.
    vi.setSystemTime(Date.now() + 60_000);
    await act(async () => {
      vi.advanceTimersByTime(250);
    });
    expect(['expired', 'live']).toContain(result.current.state.kind);
    if (result.current.state.kind === 'live') expect(tokenOf(result.current.state)).not.toBe(first);
    await waitFor(() => expect(result.current.state.kind).toBe('live'));
    expect(tokenOf(result.current.state)).not.toBe(first);
  });

  it('refreshes on demand', async () => {
    const { result } = renderHook(() => useLiveCode());
    await waitFor(() => expect(result.current.state.kind).toBe('live'));
    const first = tokenOf(result.current.state);
    act(() => result.current.refresh());
    await waitFor(() => expect(tokenOf(result.current.state)).not.toBe(first));
  });
});
