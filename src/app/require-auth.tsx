import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@/features/auth/stores/session-store';

/** Sends a signed-out person to sign in, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const signedIn = useSession((s) => s.token !== null);
  const location = useLocation();
  if (!signedIn) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <>{children}</>;
}
