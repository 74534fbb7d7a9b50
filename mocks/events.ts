/**
 * Things the demo backend "did" outside HTTP, for the page to show. The SMS code also comes
 * back in the response's `demoCode`; this channel is for a banner that listens regardless of
 * which screen asked.
 */
export interface SmsSentEvent {
  phone: string;
  code: string;
  sentAtMs: number;
}

type Listener = (event: SmsSentEvent) => void;

const smsListeners = new Set<Listener>();

/** Calls `listener` on every code the backend "sends". Returns the unsubscribe function. */
export function onSmsSent(listener: Listener): () => void {
  smsListeners.add(listener);
  return () => {
    smsListeners.delete(listener);
  };
}

export function emitSmsSent(event: SmsSentEvent): void {
  for (const listener of smsListeners) {
    try {
      listener(event);
    } catch (error) {
      // A broken listener must not turn a successful SMS request into a failed one.
      console.error('[mock backend] sms listener failed', error);
    }
  }
}
