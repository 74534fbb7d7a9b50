import { useState } from 'react';
import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { canonicalJson } from './canonical-json';
import { newIdempotencyKey } from './ids';

/**
 * Whether a failed request may still have been carried out: the answer was lost (network,
 * offline, timeout), the server failed, or it answered something unreadable. Retrying such an
 * intent must reuse its key, so the server replays what it did instead of doing it again.
 * A 4xx is a decision the server made and reported: the intent is over.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!isApiError(error)) return true;
  switch (error.kind) {
    case 'network':
    case 'offline':
    case 'timeout':
    case 'invalid-response':
      return true;
    case 'http':
      return error.status === undefined || error.status >= 500;
    case 'session-expired':
      return false;
  }
}

/**
 * One idempotency key per user intent. An intent is "do this with these values": asking again
 * with the same values while the last outcome is unknown is a retry and gets the same key;
 * other values, or an attempt after a definite answer, are a new intent with a new key.
 */
export class IntentKeys {
  private pending: { fingerprint: string; key: string } | null = null;

  keyFor(variables: unknown): string {
    const fingerprint = canonicalJson(variables);
    if (this.pending?.fingerprint !== fingerprint) {
      this.pending = { fingerprint, key: newIdempotencyKey() };
    }
    return this.pending.key;
  }

  /** Ends the intent unless its outcome is unknown (then the next attempt is its retry). */
  settle(error: unknown): void {
    if (error === null || !outcomeUnknown(error)) this.pending = null;
  }
}

type IdempotentMutationOptions<TData, TVariables, TContext> = Omit<
  UseMutationOptions<TData, Error, TVariables, TContext>,
  'mutationFn'
> & {
  mutationFn: (variables: TVariables, idempotencyKey: string) => Promise<TData>;
};

/**
 * `useMutation` for a request that changes something: it hands the fetcher the intent's key, so
 * a retry of the same intent (same variables, after an unknown outcome) reuses it.
 */
export function useIdempotentMutation<TData, TVariables = void, TContext = unknown>(
  options: IdempotentMutationOptions<TData, TVariables, TContext>,
) {
  const [intents] = useState(() => new IntentKeys());
  const { mutationFn, ...rest } = options;
  return useMutation<TData, Error, TVariables, TContext>({
    ...rest,
    mutationFn: async (variables) => {
      try {
        const data = await mutationFn(variables, intents.keyFor(variables));
        intents.settle(null);
        return data;
      } catch (error) {
        intents.settle(error);
        throw error;
      }
    },
  });
}
