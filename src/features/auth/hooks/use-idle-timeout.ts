import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { idleTimeoutMs, idleWarningMs, subscribeIdleTimeout } from '@/lib/idle-timeout';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

export interface IdleState {
  /** Seconds left before sign-out while the warning shows; null when not warning. */
  warningSecondsLeft: number | null;
  stay: () => void;
}

/**
 * Calls `onTimeout` after the configured idle time while `active`. The last stretch (see
 * `idleWarningMs`) is a visible warning so a person reading a long page can stay. A new timeout
 * (the demo console) applies at once and starts the count again.
 */
export function useIdleTimeout(active: boolean, onTimeout: () => void): IdleState {
  const timeout = useSyncExternalStore(subscribeIdleTimeout, idleTimeoutMs);
  const [warningSecondsLeft, setWarning] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const onTimeoutRef = useRef(onTimeout);
  useEffect(() => {
    onTimeoutRef.current = onTimeout;
  }, [onTimeout]);

  useEffect(() => {
    if (!active) return;
    const warnFor = idleWarningMs(timeout);
    lastActivity.current = Date.now();
    const markActive = () => {
      // Activity during the warning does not count: the person must choose to stay.
      if (Date.now() - lastActivity.current < timeout - warnFor) lastActivity.current = Date.now();
    };
    for (const event of ACTIVITY_EVENTS)
      window.addEventListener(event, markActive, { passive: true });
    const tick = window.setInterval(() => {
      const idle = Date.now() - lastActivity.current;
      if (idle >= timeout) {
        // Once: the sign-out it starts takes a render or two to switch this hook off.
        window.clearInterval(tick);
        setWarning(null);
        onTimeoutRef.current();
      } else if (idle >= timeout - warnFor) {
        setWarning(Math.ceil((timeout - idle) / 1000));
      } else {
        setWarning(null);
      }
    }, 1000);
    return () => {
      setWarning(null);
      window.clearInterval(tick);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, markActive);
    };
  }, [active, timeout]);

  return {
    warningSecondsLeft: active ? warningSecondsLeft : null,
    stay: () => {
      lastActivity.current = Date.now();
      setWarning(null);
    },
  };
}
