import { useEffect, useRef, useState } from 'react';
import { idleTimeoutMs } from '@/lib/config';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

export interface IdleState {
  /** Seconds left before sign-out while the warning shows; null when not warning. */
  warningSecondsLeft: number | null;
  stay: () => void;
}

/**
 * Calls `onTimeout` after the configured idle time while `active`. The last stretch (a minute,
 * or a fifth of a short timeout) is a visible warning so a person reading a long page can stay.
 */
export function useIdleTimeout(active: boolean, onTimeout: () => void): IdleState {
  const [warningSecondsLeft, setWarning] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const onTimeoutRef = useRef(onTimeout);
  useEffect(() => {
    onTimeoutRef.current = onTimeout;
  }, [onTimeout]);

  useEffect(() => {
    if (!active) return;
    const timeout = idleTimeoutMs();
    const warnFor = Math.min(60_000, Math.round(timeout / 5));
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
  }, [active]);

  return {
    warningSecondsLeft: active ? warningSecondsLeft : null,
    stay: () => {
      lastActivity.current = Date.now();
      setWarning(null);
    },
  };
}
