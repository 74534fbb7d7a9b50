import { useCallback, useEffect, useRef, useState } from 'react';
import type { VoucherCode } from '@/api-contract/voucher';
import { isApiError } from '@/lib/api-error';
import { newIdempotencyKey } from '@/lib/ids';
import { useOnline } from '@/lib/use-online';
import { issueCode } from '../api/issue-code';

/** A new code is fetched this long before the shown one expires, so it never runs out. */
export const REFRESH_LEAD_MS = 5_000;
const TICK_MS = 250;

export type LiveCode =
  | { kind: 'loading' }
  | { kind: 'live'; code: VoucherCode; expiresAtLocalMs: number; refreshing: boolean }
  /** The shown code ran out before a new one came: nothing is shown as valid. */
  | { kind: 'expired'; refreshing: boolean }
  | { kind: 'offline' }
  | { kind: 'error'; error: unknown };

/**
 * The person's (or a proxy member's) live e-voucher code: issued on mount, renewed before it
 * expires, on demand and when the page becomes visible again; hidden at once when the device
 * goes offline, because a code shown then could not be renewed and might be stale.
 *
 * Expiry is counted on the device's clock from when the code arrived, using the lifetime the
 * backend gave (expiresAt − issuedAt), so a phone whose clock is off still counts right.
 * Each fetch is its own intent with a fresh idempotency key: a code whose answer was lost is
 * simply never shown, and it expires on its own.
 */
export function useLiveCode(memberId?: string): {
  state: LiveCode;
  secondsLeft: number;
  refresh: () => void;
} {
  const online = useOnline();
  const [state, setState] = useState<LiveCode>({ kind: 'loading' });
  const [now, setNow] = useState(() => Date.now());
  const inFlight = useRef<AbortController | null>(null);

  // Sends the request; the state changes when it answers (effects may call this).
  const request = useCallback(() => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    issueCode(memberId, newIdempotencyKey(), controller.signal).then(
      (code) => {
        if (controller.signal.aborted) return;
        const arrived = Date.now();
        setNow(arrived);
        setState({
          kind: 'live',
          code,
          expiresAtLocalMs: arrived + (code.expiresAtMs - code.issuedAtMs),
          refreshing: false,
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState(
          isApiError(error) && error.kind === 'offline'
            ? { kind: 'offline' }
            : { kind: 'error', error },
        );
      },
    );
  }, [memberId]);

  /** A renewal the person or a timer asked for: the code shows it is being refreshed. */
  const fetchCode = useCallback(() => {
    setState((previous) =>
      previous.kind === 'live' || previous.kind === 'expired'
        ? { ...previous, refreshing: true }
        : { kind: 'loading' },
    );
    request();
  }, [request]);

  // Fetch on mount and whenever the network comes back; going offline cancels the request.
  useEffect(() => {
    if (!online) {
      inFlight.current?.abort();
      return;
    }
    request();
    return () => inFlight.current?.abort();
  }, [online, request]);

  const expiresAt = state.kind === 'live' ? state.expiresAtLocalMs : null;
  const refreshing = state.kind === 'live' || state.kind === 'expired' ? state.refreshing : false;

  // The countdown, and the expiry check behind it: a code that ran out is hidden and renewed
  // once (an error then shows with a retry, rather than a loop of requests).
  useEffect(() => {
    if (expiresAt === null) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at < expiresAt) return;
      clearInterval(timer);
      setState({ kind: 'expired', refreshing });
      if (!refreshing) fetchCode();
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [expiresAt, refreshing, fetchCode]);

  // Renew before expiry.
  useEffect(() => {
    if (expiresAt === null || refreshing) return;
    const timer = setTimeout(fetchCode, Math.max(0, expiresAt - REFRESH_LEAD_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [expiresAt, refreshing, fetchCode]);

  // Back from another app or a locked screen: timers were throttled, so check at once.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || expiresAt === null) return;
      if (Date.now() >= expiresAt - REFRESH_LEAD_MS) fetchCode();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [expiresAt, fetchCode]);

  const secondsLeft = expiresAt === null ? 0 : Math.max(0, Math.ceil((expiresAt - now) / 1000));
  // Offline, whatever was fetched is not shown: it could not be renewed and may be stale.
  // Back online, an offline answer from before is a code on its way.
  const shown: LiveCode = !online
    ? { kind: 'offline' }
    : state.kind === 'offline'
      ? { kind: 'loading' }
      : state;
  return { state: shown, secondsLeft, refresh: fetchCode };
}
