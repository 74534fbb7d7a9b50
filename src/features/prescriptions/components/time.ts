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
export function formatChinaDateTime(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(epochMs);
}

export function timeLeftParts(msLeft: number): { days: number; hours: number; minutes: number } {
  const minutesLeft = Math.max(0, Math.floor(msLeft / 60_000));
  return {
    days: Math.floor(minutesLeft / 1440),
    hours: Math.floor((minutesLeft % 1440) / 60),
    minutes: minutesLeft % 60,
  };
}
