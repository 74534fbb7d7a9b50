import { useEffect, useState } from 'react';

/**
 * The server's "now", moving with the device clock from the moment an answer arrived: a
 * countdown must not trust a phone whose clock is wrong, only how much time passed since.
 */
export function useServerNow(asOfMs: number, receivedAtMs: number, tickMs = 30_000): number {
  const [deviceNow, setDeviceNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setDeviceNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return asOfMs + Math.max(0, deviceNow - receivedAtMs);
}

/** Dates are shown in China time, where the prescription was written, whatever the phone's zone. */
export { formatChinaDateTime } from '@/lib/china-time';

export function timeLeftParts(msLeft: number): { days: number; hours: number; minutes: number } {
  const minutesLeft = Math.max(0, Math.floor(msLeft / 60_000));
  return {
    days: Math.floor(minutesLeft / 1440),
    hours: Math.floor((minutesLeft % 1440) / 60),
    minutes: minutesLeft % 60,
  };
}
