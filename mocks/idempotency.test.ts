import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { sessionSchema, smsCodeResponseSchema } from '@/api-contract/auth';
import { IDEMPOTENT_REPLAY_HEADER } from '@/api-contract/common';
import { demoStateSchema, type Faults } from '@/api-contract/demo';
import type { Endpoint } from '@/api-contract/endpoints';
import { installManualClock } from './clock';
import { readState } from './db';
import { onSmsSent } from './events';
import { configureFaultRuntime, SLOW_RESPONSE_MS } from './faults';
import { ok } from './http-utils';
import { IDEMPOTENCY_TTL_MS } from './idempotency';
import { server } from './node';
import { route } from './route';
import { NO_FAULTS, PERSONA_PHONES } from './seed';
import { recordsOf } from './store/store';
import { API_BASE, callApi } from './test-utils';

const PHONE = PERSONA_PHONES['cq-retiree'];

function sendCode(idempotencyKey: string | null, phone: string = PHONE) {
  return callApi('POST', '/auth/sms-code', {
    body: { phone },
    schema: smsCodeResponseSchema,
    idempotencyKey,
  });
}

async function setFaults(faults: Partial<Faults>) {
  await callApi('PUT', '/__demo/faults', {
    body: { ...NO_FAULTS, ...faults },
    schema: demoStateSchema,
  });
}

function countSms(): { count: () => number } {
  let sent = 0;
  onSmsSent(() => {
    sent += 1;
  });
  return { count: () => sent };
}

const flushMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a repeat with the same key', () => {
  it('gets the first answer again, marked as a replay, and changes nothing', async () => {
    const sms = countSms();
    const first = await sendCode('intent-1');
    expect(first.status).toBe(200);
    expect(first.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
    const after = recordsOf(readState());

    const again = await sendCode('intent-1');
    expect(again.status).toBe(200);
    expect(again.data).toEqual(first.data);
    expect(again.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
    expect(recordsOf(readState())).toEqual(after);
    await flushMicrotasks();
    expect(sms.count()).toBe(1);

    // Without the key this would have been a second request inside the resend window.
    expect((await sendCode('intent-2')).error?.code).toBe('SMS_TOO_SOON');
  });

  it('replays an error the handler decided, with its headers', async () => {
    await sendCode('first');
    const tooSoon = await sendCode('second');
    expect(tooSoon.status).toBe(429);
    const replay = await sendCode('second');
    expect(replay.status).toBe(429);
    expect(replay.error).toEqual(tooSoon.error);
    expect(replay.headers.get('Retry-After')).toBe(tooSoon.headers.get('Retry-After'));
  });

  it('treats the same JSON with its keys in another order as the same request', async () => {
    const sent = await sendCode('code');
    const code = sent.data?.demoCode ?? '';
    const login = await callApi('POST', '/auth/login', {
      rawBody: JSON.stringify({ phone: PHONE, code }),
      schema: sessionSchema,
      idempotencyKey: 'login-1',
    });
    const again = await callApi('POST', '/auth/login', {
      rawBody: JSON.stringify({ code, phone: PHONE }),
      schema: sessionSchema,
      idempotencyKey: 'login-1',
    });
    expect(again.data?.token).toBe(login.data?.token);
    expect(readState().sessions.size).toBe(1);
  });

  it('is remembered for 24 hours of the demo clock, then the key may be used again', async () => {
    const clock = installManualClock(Date.parse('2026-11-22T09:00:00+08:00'));
    const first = await sendCode('daily');
    clock.advance(IDEMPOTENCY_TTL_MS - 1);
    const replay = await sendCode('daily');
    expect(replay.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
    expect(replay.data?.demoCode).toBe(first.data?.demoCode);

    clock.advance(1);
    const fresh = await sendCode('daily');
    expect(fresh.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
    expect(fresh.status).toBe(200);
    // The expired record made way for the new one: one record per key.
    expect(readState().idempotency.size).toBe(1);
  });

  it('belongs to the person who sent it: another person’s same key is their own', async () => {
    const sign = (personaId: string) =>
      callApi('POST', '/__demo/persona', { body: { personaId }, schema: sessionSchema });
    const a = (await sign('cq-retiree')).data?.token ?? '';
    const b = (await sign('fz-employee')).data?.token ?? '';
    const outA = await callApi('POST', '/auth/logout', { token: a, idempotencyKey: 'shared' });
    const outB = await callApi('POST', '/auth/logout', { token: b, idempotencyKey: 'shared' });
    expect([outA.status, outB.status]).toEqual([204, 204]);
    expect(outB.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
    expect(readState().sessions.size).toBe(0);
  });
});

describe('bad keys and bodies: a clear error, nothing changed, nothing remembered', () => {
  it.each([
    ['no key', null, 'IDEMPOTENCY_KEY_MISSING'],
    ['a key of 256 characters', 'k'.repeat(256), 'IDEMPOTENCY_KEY_INVALID'],
    ['a control character', 'intent\u0001one', 'IDEMPOTENCY_KEY_INVALID'],
    ['a space', 'intent one', 'IDEMPOTENCY_KEY_INVALID'],
  ])('%s → 400', async (_label, key, code) => {
    const before = recordsOf(readState());
    const result = await sendCode(key);
    expect(result.status).toBe(400);
    expect(result.error?.code).toBe(code);
    expect(recordsOf(readState())).toEqual(before);
  });

  it('a key of 255 printable characters is fine', async () => {
    expect((await sendCode('k'.repeat(255))).status).toBe(200);
  });

  it('the same key with another body → 422, and the first answer stays', async () => {
    const first = await sendCode('intent-1');
    const before = recordsOf(readState());
    const other = await sendCode('intent-1', PERSONA_PHONES['ty-employee']);
    expect(other.status).toBe(422);
    expect(other.error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(recordsOf(readState())).toEqual(before);
    expect((await sendCode('intent-1')).data).toEqual(first.data);
  });

  it('the same key on another endpoint → 422', async () => {
    await sendCode('intent-1');
    const login = await callApi('POST', '/auth/login', {
      body: { phone: PHONE, code: '123456' },
      schema: sessionSchema,
      idempotencyKey: 'intent-1',
    });
    expect(login.error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('a body that is not JSON, or breaks the schema → 400; the key is still free', async () => {
    const notJson = await callApi('POST', '/auth/sms-code', {
      rawBody: '{"phone":',
      idempotencyKey: 'intent-1',
    });
    expect(notJson.error?.code).toBe('BAD_REQUEST');
    const badPhone = await callApi('POST', '/auth/sms-code', {
      body: { phone: '12345' },
      idempotencyKey: 'intent-1',
    });
    expect(badPhone.error?.code).toBe('PHONE_INVALID');
    expect(readState().idempotency.size).toBe(0);
    expect((await sendCode('intent-1')).status).toBe(200);
  });

  it('a request that needs a session is refused for the session first (401)', async () => {
    expect((await callApi('POST', '/auth/logout', { idempotencyKey: null })).status).toBe(401);
    // With a token (even one already signed out) the missing key is what is wrong.
    const unknown = await callApi('POST', '/auth/logout', {
      token: 'x'.repeat(48),
      idempotencyKey: null,
    });
    expect(unknown.error?.code).toBe('IDEMPOTENCY_KEY_MISSING');
  });

  it('a repeated sign-out replays its 204 although the session is gone', async () => {
    const session = await callApi('POST', '/__demo/persona', {
      body: { personaId: 'cq-retiree' },
      schema: sessionSchema,
    });
    const token = session.data?.token ?? '';
    const first = await callApi('POST', '/auth/logout', { token, idempotencyKey: 'out' });
    const again = await callApi('POST', '/auth/logout', { token, idempotencyKey: 'out' });
    expect([first.status, again.status]).toEqual([204, 204]);
    expect(again.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
  });
});

describe('faults after the work', () => {
  it('a lost answer leaves the change made; the retry with the same key gets the answer', async () => {
    const sms = countSms();
    configureFaultRuntime({ random: () => 0 });
    await setFaults({ lostResponseRate: 100 });
    const key = 'lost-1';
    await expect(
      fetch(`${API_BASE}/auth/sms-code`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ phone: PHONE }),
      }),
    ).rejects.toThrow(TypeError);
    const stored = readState().smsCodes.get(PHONE);
    expect(stored?.code).toMatch(/^\d{6}$/);

    await setFaults({ lostResponseRate: 0 });
    const retry = await sendCode(key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
    expect(retry.data?.demoCode).toBe(stored?.code);
    await flushMicrotasks();
    expect(sms.count()).toBe(1);
  });

  it('a slow answer is held past the client timeout, after the change is committed', async () => {
    const committedWhenHeld: boolean[] = [];
    const delay = vi.fn((ms: number) => {
      committedWhenHeld.push(readState().smsCodes.has(PHONE));
      expect(ms).toBe(SLOW_RESPONSE_MS);
      return Promise.resolve();
    });
    configureFaultRuntime({ random: () => 0, delay });
    await setFaults({ slowResponseRate: 100 });
    expect((await sendCode('slow-1')).status).toBe(200);
    expect(delay).toHaveBeenCalledOnce();
    expect(committedWhenHeld).toEqual([true]);
    expect(SLOW_RESPONSE_MS).toBeGreaterThan(15_000);
  });

  it('an injected 500 before the work is not remembered: the retry does the work', async () => {
    configureFaultRuntime({ random: () => 0 });
    await setFaults({ errorRate: 100 });
    expect((await sendCode('flaky')).status).toBe(500);
    expect(readState().smsCodes.size).toBe(0);
    await setFaults({ errorRate: 0 });
    const retry = await sendCode('flaky');
    expect(retry.status).toBe(200);
    expect(retry.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
  });
});

describe('a handler that throws half-way', () => {
  const brokenEndpoint = {
    id: 'brokenForTest',
    method: 'POST',
    path: '/test/broken',
    summary: 'test only',
    tag: 'test',
    auth: false,
    request: z.object({ fail: z.boolean() }),
    response: z.object({ done: z.boolean() }),
    status: 200,
    errors: [],
  } as const satisfies Endpoint;

  it('answers 500, and the store and the key are as before', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    server.use(
      route(brokenEndpoint, ({ tx, body }) => {
        tx.smsCodes.put({ id: PHONE, code: '123456', sentAtMs: 1, failedAttempts: 0 });
        tx.relatives.delete('fm-cq-spouse');
        if (body.fail) throw new Error('disk full');
        return ok(z.object({ done: z.boolean() }), { done: true });
      }),
    );
    const before = recordsOf(readState());
    const result = await callApi('POST', '/test/broken', {
      body: { fail: true },
      idempotencyKey: 'k1',
    });
    expect(result.status).toBe(500);
    expect(result.error?.code).toBe('SERVER_ERROR');
    expect(recordsOf(readState())).toEqual(before);

    // The key was not spent on the failure: the same key with the same body runs again.
    const again = await callApi('POST', '/test/broken', {
      body: { fail: true },
      idempotencyKey: 'k1',
    });
    expect(again.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBeNull();
    const done = await callApi('POST', '/test/broken', {
      body: { fail: false },
      idempotencyKey: 'k2',
      schema: z.object({ done: z.boolean() }),
    });
    expect(done.data).toEqual({ done: true });
    expect(readState().relatives.has('fm-cq-spouse')).toBe(false);
  });
});
