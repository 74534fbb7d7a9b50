import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '@/lib/ids';
import { resetAllStores } from '@/lib/store-registry';
import { logout } from '../api/logout';
import { useSession, type SignOutReason } from '../stores/session-store';

/**
 * Ends the session everywhere on this device: tells the server (best effort), drops every
 * cached query and resets every store, so the next person sees nothing of this one.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useCallback(
    (reason: SignOutReason = 'user') => {
      if (reason !== 'expired' && useSession.getState().token)
        void logout(newIdempotencyKey()).catch(() => {});
      queryClient.cancelQueries();
      queryClient.clear();
      resetAllStores();
      useSession.getState().clear(reason);
    },
    [queryClient],
  );
}
