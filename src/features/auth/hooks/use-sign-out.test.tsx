import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { configureApiClient } from '@/lib/api-config';
import { useDemoOutbox } from '@/lib/demo-outbox';
import { createQueryClient } from '@/lib/query-client';
import { registerStoreReset } from '@/lib/store-registry';
import { getSessionToken, useSession } from '../stores/session-store';
import { useSignOut } from './use-sign-out';

const unregister: Array<() => void> = [];
// Wired as the app wires it (providers.tsx), so the logout request carries the session's token.
beforeEach(() => configureApiClient({ getToken: getSessionToken }));
afterEach(() => {
  configureApiClient({ getToken: () => null });
  for (const undo of unregister.splice(0)) undo();
});

/** A store of some other feature, as the registry sees it. */
function registerFakeStore() {
  const reset = vi.fn();
  unregister.push(registerStoreReset(reset));
  return reset;
}

function setUp() {
  const queryClient = createQueryClient();
  queryClient.setQueryData(['me'], { name: '林晓燕' });
  queryClient.setQueryData(['prescriptions', 'list'], [{ id: 'rx-1' }]);
  // A request still on its way when the person signs out must not land in the cache after.
  void queryClient.prefetchQuery({
    queryKey: ['family'],
    queryFn: () => new Promise<string[]>((resolve) => setTimeout(() => resolve(['陈']), 50)),
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useSignOut(), { wrapper });
  return { queryClient, signOut: result.current };
}

function recordLogouts() {
  const calls: Array<{ auth: string | null; key: string | null }> = [];
  server.use(
    http.post('*/api/auth/logout', ({ request }) => {
      calls.push({
        auth: request.headers.get('authorization'),
        key: request.headers.get('idempotency-key'),
      });
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return calls;
}

describe('useSignOut', () => {
  it('empties the query cache, resets every registered store and ends the session', async () => {
    const logouts = recordLogouts();
    const otherStore = registerFakeStore();
    useSession.getState().signIn('token-1');
    useDemoOutbox.getState().setSmsCode('123456');
    const { queryClient, signOut } = setUp();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(3);

    act(() => signOut('user'));

    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(otherStore).toHaveBeenCalledOnce();
    expect(useDemoOutbox.getState().smsCode).toBeNull();
    expect(useSession.getState()).toMatchObject({ token: null, signOutReason: 'user' });
    expect(sessionStorage.getItem('ybt.session')).toBeNull();
    // The server is told, with the token that is ending and a key of its own.
    await waitFor(() => expect(logouts).toHaveLength(1));
    expect(logouts[0]?.auth).toBe('Bearer token-1');
    expect(logouts[0]?.key).toMatch(/\S/);
    // The cancelled request's answer arrives later and is dropped.
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(queryClient.getQueryData(['family'])).toBeUndefined();
  });

  it('does not call the server for a session it has already ended', async () => {
    const logouts = recordLogouts();
    const otherStore = registerFakeStore();
    useSession.getState().signIn('token-2');
    const { queryClient, signOut } = setUp();

    act(() => signOut('expired'));

    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(otherStore).toHaveBeenCalledOnce();
    expect(useSession.getState()).toMatchObject({ token: null, signOutReason: 'expired' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logouts).toHaveLength(0);
  });
});
