import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { configureFaultRuntime } from '@mocks/faults';
import { readState } from '@mocks/db';
import { NO_FAULTS, PERSONA_PHONES } from '@mocks/seed';
import { authEndpoints } from '@/api-contract/auth';
import { demoStateSchema } from '@/api-contract/demo';
import { callApi } from '@mocks/test-utils';
import { apiRequest } from './api-client';
import { ApiError } from './api-error';
import { IntentKeys, outcomeUnknown, useIdempotentMutation } from './intent-keys';
import { createQueryClient } from './query-client';

describe('IntentKeys', () => {
  it('gives a retry of the same values the same key, and other values a new one', () => {
    const intents = new IntentKeys();
    const first = intents.keyFor({ phone: '13800001111', amountFen: 100 });
    expect(intents.keyFor({ amountFen: 100, phone: '13800001111' })).toBe(first);
    const other = intents.keyFor({ phone: '13800001111', amountFen: 200 });
    expect(other).not.toBe(first);
    // Back to the first values: that intent was abandoned, so this is a new one.
    expect(intents.keyFor({ phone: '13800001111', amountFen: 100 })).not.toBe(first);
  });

  it.each([
    ['a lost answer', new ApiError('network'), true],
    ['no network', new ApiError('offline'), true],
    ['a timeout', new ApiError('timeout'), true],
    ['a server failure', new ApiError('http', { status: 500 }), true],
    ['an unreadable answer', new ApiError('invalid-response', { status: 200 }), true],
    ['something not from the API', new Error('boom'), true],
    ['a refusal', new ApiError('http', { status: 422, code: 'IDEMPOTENCY_KEY_REUSED' }), false],
    ['a too-soon', new ApiError('http', { status: 429 }), false],
    ['a signed-out session', new ApiError('session-expired', { status: 401 }), false],
  ])('after %s the outcome is unknown: %s', (_label, error, unknown) => {
    expect(outcomeUnknown(error)).toBe(unknown);
    const intents = new IntentKeys();
    const key = intents.keyFor('x');
    intents.settle(error);
    expect(intents.keyFor('x') === key).toBe(unknown);
  });

  it('with a storage key, an unsettled intent outlives the screen and its retry keeps the key', () => {
    sessionStorage.clear();
    const first = new IntentKeys('test.intent');
    const key = first.keyFor({ amountFen: 100 });
    first.settle(new ApiError('network'));
    expect(first.resumedVariables()).toBeNull();

    // The screen is left and opened again: the same intent, offered for retry.
    const again = new IntentKeys('test.intent');
    expect(again.resumedVariables()).toEqual({ amountFen: 100 });
    expect(again.keyFor({ amountFen: 100 })).toBe(key);
    expect(new IntentKeys('other.intent').resumedVariables()).toBeNull();

    again.settle(null);
    expect(again.resumedVariables()).toBeNull();
    expect(sessionStorage.getItem('ybt.draft.test.intent')).toBeNull();
    expect(new IntentKeys('test.intent').resumedVariables()).toBeNull();
  });

  it('with a storage key, a definite answer forgets the intent', () => {
    sessionStorage.clear();
    const intents = new IntentKeys('test.intent');
    intents.keyFor('x');
    intents.settle(new ApiError('http', { status: 409, code: 'FAMILY_PREMIUM_ALREADY_PAID' }));
    expect(new IntentKeys('test.intent').resumedVariables()).toBeNull();
  });

  it('ends the intent on success', () => {
    const intents = new IntentKeys();
    const key = intents.keyFor('x');
    intents.settle(null);
    expect(intents.keyFor('x')).not.toBe(key);
  });
});

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>;
}

describe('useIdempotentMutation against the demo backend', () => {
  it('a retry after a lost answer reuses the key: one code sent, the first answer replayed', async () => {
    const phone = PERSONA_PHONES['fz-employee'];
    const keys: string[] = [];
    const { result } = renderHook(
      () =>
        useIdempotentMutation({
          mutationFn: (p: string, idempotencyKey: string) => {
            keys.push(idempotencyKey);
            return apiRequest(authEndpoints.sendSmsCode, { body: { phone: p }, idempotencyKey });
          },
        }),
      { wrapper },
    );
    configureFaultRuntime({ random: () => 0 });
    await callApi('PUT', '/__demo/faults', {
      body: { ...NO_FAULTS, lostResponseRate: 100 },
      schema: demoStateSchema,
    });

    act(() => result.current.mutate(phone));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect((result.current.error as ApiError).kind).toBe('network');
    const sent = readState().smsCodes.get(phone)?.code;
    expect(sent).toMatch(/^\d{6}$/);

    await callApi('PUT', '/__demo/faults', { body: NO_FAULTS, schema: demoStateSchema });
    act(() => result.current.mutate(phone));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.demoCode).toBe(sent);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);

    // Done: the next tap is a new intent, which the backend refuses as too soon.
    act(() => result.current.mutate(phone));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect((result.current.error as ApiError).code).toBe('SMS_TOO_SOON');
    expect(keys[2]).not.toBe(keys[0]);
  });
});
