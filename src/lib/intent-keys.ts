import { useState } from 'react';
import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { canonicalJson } from './canonical-json';
import { newIdempotencyKey } from './ids';
import { DRAFT_STORAGE_PREFIX } from './store-registry';

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
interface Pending {
  fingerprint: string;
  key: string;
  variables: unknown;
}

function isPending(value: unknown): value is Pending {
  if (typeof value !== 'object' || value === null) return false;
  const { fingerprint, key } = value as Record<string, unknown>;
  return typeof fingerprint === 'string' && typeof key === 'string' && 'variables' in value;
}

export class IntentKeys {
  private pending: Pending | null;
  /** The intent a previous visit left unsettled, until it settles. */
  private readonly resumed: Pending | null;

  /**
   * With `storageKey`, an intent whose outcome is not known yet is kept in sessionStorage (in
   * the `ybt.draft.` space that signing out clears), so leaving the screen or reloading the tab
   * does not turn its retry into a second request: a screen can offer that retry on return.
   */
  constructor(private readonly storageKey?: string) {
    this.pending = this.load();
    this.resumed = this.pending;
  }

  keyFor(variables: unknown): string {
    const fingerprint = canonicalJson(variables);
    if (this.pending?.fingerprint !== fingerprint) {
      this.pending = { fingerprint, key: newIdempotencyKey(), variables };
      this.save();
    }
    return this.pending.key;
  }

  /** Ends the intent unless its outcome is unknown (then the next attempt is its retry). */
  settle(error: unknown): void {
    if (error === null || !outcomeUnknown(error)) {
      this.pending = null;
      this.save();
    }
  }

  /** The values of an intent left unsettled by an earlier visit, while it still is. */
  resumedVariables(): unknown {
    return this.resumed !== null && this.pending === this.resumed ? this.resumed.variables : null;
  }

  private load(): Pending | null {
    if (this.storageKey === undefined) return null;
    try {
      const text = sessionStorage.getItem(DRAFT_STORAGE_PREFIX + this.storageKey);
      const value: unknown = text === null ? null : JSON.parse(text);
      return isPending(value) ? value : null;
    } catch {
      return null;
    }
  }

  private save(): void {
    if (this.storageKey === undefined) return;
    const name = DRAFT_STORAGE_PREFIX + this.storageKey;
    try {
      if (this.pending === null) sessionStorage.removeItem(name);
      else sessionStorage.setItem(name, JSON.stringify(this.pending));
    } catch {
      // Storage full or blocked: the intent still holds for this screen's lifetime.
    }
  }
}

type IdempotentMutationOptions<TData, TVariables, TContext> = Omit<
  UseMutationOptions<TData, Error, TVariables, TContext>,
  'mutationFn'
> & {
  mutationFn: (variables: TVariables, idempotencyKey: string) => Promise<TData>;
  /**
   * Keeps an intent with an unknown outcome across leaving the screen (see IntentKeys); the
   * hook's `resumedVariables` then holds its values for the screen to offer the retry.
   */
  persistAs?: string;
};

/**
 * `useMutation` for a request that changes something: it hands the fetcher the intent's key, so
 * a retry of the same intent (same variables, after an unknown outcome) reuses it.
 */
export function useIdempotentMutation<TData, TVariables = void, TContext = unknown>(
  options: IdempotentMutationOptions<TData, TVariables, TContext>,
) {
  const { mutationFn, persistAs, ...rest } = options;
  const [intents] = useState(() => new IntentKeys(persistAs));
  const mutation = useMutation<TData, Error, TVariables, TContext>({
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
  // Read on every render: it turns null once a retry of the resumed intent settles.
  const resumedVariables =
    mutation.isIdle || mutation.isPending
      ? (intents.resumedVariables() as TVariables | null)
      : null;
  return { ...mutation, resumedVariables };
}
