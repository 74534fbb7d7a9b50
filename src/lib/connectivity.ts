/**
 * Whether the device can reach the network. `navigator.onLine` only says an interface is up: it
 * stays true behind a captive portal, on a dead mobile link, and (in Chromium's emulation) after
 * a reload with the network off. So the app also trusts what its own requests see: a request
 * that fails at the network level is followed by a probe of the app's own origin, and any answer
 * from anywhere clears the state.
 */

type Listener = () => void;

const listeners = new Set<Listener>();
let unreachable = false;

function notify(): void {
  for (const listener of listeners) listener();
}

export function isDeviceOnline(): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  return !unreachable;
}

/** Called by the API client with what its requests found out. */
export function reportReachability(reachable: boolean): void {
  if (unreachable === !reachable) return;
  unreachable = !reachable;
  notify();
}

export function subscribeConnectivity(listener: Listener): () => void {
  listeners.add(listener);
  const onBrowserChange = (): void => {
    // The browser saw an interface come back: believe it until a request says otherwise.
    if (navigator.onLine) unreachable = false;
    listener();
  };
  window.addEventListener('online', onBrowserChange);
  window.addEventListener('offline', onBrowserChange);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', onBrowserChange);
    window.removeEventListener('offline', onBrowserChange);
  };
}

export function resetConnectivity(): void {
  unreachable = false;
}
