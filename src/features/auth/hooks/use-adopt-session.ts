import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Session } from '@/api-contract/auth';
import { resetAllStores } from '@/lib/store-registry';
import { meQueryOptions } from '../api/get-me';
import { useSession } from '../stores/session-store';

/**
 * Makes a session the current one. Whatever the previous person left in the cache goes first,
 * then the new profile seeds the cache so the next screen renders without a second request.
 */
export function useAdoptSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (session: Session) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'demo' });
      resetAllStores();
      queryClient.setQueryData(meQueryOptions().queryKey, session.user);
      useSession.getState().signIn(session.token);
    },
    [queryClient],
  );
}
