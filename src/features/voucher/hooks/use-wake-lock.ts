import { useEffect } from 'react';

/**
 * Keeps the screen on while `active` (the code is shown), where the Screen Wake Lock API exists.
 * The browser drops the lock when the page is hidden, so it is taken again on return; it is
 * released when the code goes away or the screen unmounts.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let cancelled = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (cancelled) void lock.release();
          else sentinel = lock;
        },
        () => {
          // Refused (battery saver, no user gesture yet): the code still works, the screen may dim.
        },
      );
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') acquire();
      else {
        void sentinel?.release();
        sentinel = null;
      }
    };
    acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release();
    };
  }, [active]);
}
