import { create } from 'zustand';
import { registerStoreReset } from '@/lib/store-registry';

// Only the opaque token is stored, and only for this tab (sessionStorage): closing the tab
// ends the session, and no personal data ever reaches web storage.
const TOKEN_KEY = 'ybt.session';

export type SignOutReason = 'user' | 'idle' | 'expired';

function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

interface SessionState {
  token: string | null;
  /** Why the last session ended, shown once on the sign-in screen. */
  signOutReason: SignOutReason | null;
  signIn: (token: string) => void;
  clear: (reason: SignOutReason) => void;
  consumeSignOutReason: () => void;
}

export const useSession = create<SessionState>((set) => ({
  token: readToken(),
  signOutReason: null,
  signIn: (token) => {
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Storage unavailable: the session lasts until reload.
    }
    set({ token, signOutReason: null });
  },
  clear: (reason) => {
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // Nothing stored.
    }
    set({ token: null, signOutReason: reason });
  },
  consumeSignOutReason: () => set({ signOutReason: null }),
}));

registerStoreReset(() => {
  const { token, signOutReason } = useSession.getState();
  if (token) useSession.getState().clear(signOutReason ?? 'user');
});

export const getSessionToken = (): string | null => useSession.getState().token;
