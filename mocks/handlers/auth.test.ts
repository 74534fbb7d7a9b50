import { describe, expect, it, vi } from 'vitest';
import { sessionSchema, smsCodeResponseSchema, type Session } from '@/api-contract/auth';
import { profileSchema } from '@/api-contract/profile';
import { installManualClock } from '../clock';
import { readState } from '../db';
import { onSmsSent } from '../events';
import { PERSONA_PHONES, personas } from '../seed';
import { callApi } from '../test-utils';
import { SMS_MAX_FAILED_ATTEMPTS } from './auth';

// src/test/setup.ts resets the db, clock and fault runtime after every test.
const PHONE = PERSONA_PHONES['fz-employee'];
const UNKNOWN_PHONE = '13511112222';

async function requestCode(phone: string = PHONE) {
  return callApi('POST', '/auth/sms-code', { body: { phone }, schema: smsCodeResponseSchema });
}

async function sentCode(phone: string = PHONE): Promise<string> {
  const result = await requestCode(phone);
  expect(result.status).toBe(200);
  const code = result.data?.demoCode;
  if (code === undefined) throw new Error('the demo backend sent no demoCode');
  return code;
}

async function login(phone: string, code: string) {
  return callApi('POST', '/auth/login', { body: { phone, code }, schema: sessionSchema });
}

function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

describe('POST /api/auth/sms-code', () => {
  it('sends a 6-digit code with the resend and expiry windows', async () => {
    const result = await requestCode();
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ resendAfterSeconds: 60, expiresInSeconds: 300 });
    expect(result.data?.demoCode).toMatch(/^\d{6}$/);
    expect(readState().smsCodes.get(PHONE)?.code).toBe(result.data?.demoCode);
  });

  it('tells listeners what it "sent"', async () => {
    const listener = vi.fn();
    const unsubscribe = onSmsSent(listener);
    const code = await sentCode();
    unsubscribe();
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ phone: PHONE, code }));
  });

  it('rejects an invalid phone and a body that is not JSON', async () => {
    expect((await requestCode('1381234')).error).toEqual({ code: 'PHONE_INVALID' });
    expect((await requestCode('23812345678')).status).toBe(400);
    const notJson = await callApi('POST', '/auth/sms-code', { rawBody: '{nope' });
    expect(notJson.status).toBe(400);
    expect(notJson.error?.code).toBe('BAD_REQUEST');
  });

  it('refuses a second request within 60 s and says how long to wait', async () => {
    const clock = installManualClock(Date.parse('2026-11-22T09:00:00+08:00'));
    await sentCode();
    clock.advance(20_500);
    const tooSoon = await requestCode();
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.error).toEqual({ code: 'SMS_TOO_SOON', retryAfterSeconds: 40 });
    expect(tooSoon.headers.get('Retry-After')).toBe('40');

    clock.advance(39_500);
    expect((await requestCode()).status).toBe(200);
  });

  it('counts the resend window per phone', async () => {
    installManualClock();
    await sentCode(PHONE);
    expect((await requestCode(PERSONA_PHONES['cq-retiree'])).status).toBe(200);
  });
});

describe('POST /api/auth/login', () => {
  it('signs a persona in with the code and returns their profile', async () => {
    const code = await sentCode();
    const result = await login(PHONE, code);
    expect(result.status).toBe(200);
    const persona = personas.find((p) => p.phone === PHONE);
    expect(result.data?.user).toEqual(persona?.profile);
    expect(result.data?.token.length).toBeGreaterThanOrEqual(16);
  });

  it('rejects a wrong code, and a code never requested, as SMS_CODE_WRONG', async () => {
    const code = await sentCode();
    const wrong = await login(PHONE, wrongCode(code));
    expect(wrong.status).toBe(400);
    expect(wrong.error?.code).toBe('SMS_CODE_WRONG');

    const neverAsked = await login(PERSONA_PHONES['ty-employee'], '123456');
    expect(neverAsked.error?.code).toBe('SMS_CODE_WRONG');

    const malformed = await login(PHONE, '12345');
    expect(malformed.error?.code).toBe('SMS_CODE_WRONG');
    // A wrong guess does not burn a good code.
    expect((await login(PHONE, code)).status).toBe(200);
  });

  it('rejects a bad phone as PHONE_INVALID', async () => {
    const result = await login('12345', '123456');
    expect(result.error?.code).toBe('PHONE_INVALID');
  });

  it('accepts a code until 300 s have passed, then reports it expired', async () => {
    const clock = installManualClock();
    const code = await sentCode();
    clock.advance(300_000);
    expect((await login(PHONE, code)).status).toBe(200);

    clock.advance(60_000);
    const second = await sentCode();
    clock.advance(300_001);
    const expired = await login(PHONE, second);
    expect(expired.status).toBe(400);
    expect(expired.error?.code).toBe('SMS_CODE_EXPIRED');
  });

  it('uses a code once only', async () => {
    const code = await sentCode();
    expect((await login(PHONE, code)).status).toBe(200);
    const again = await login(PHONE, code);
    expect(again.status).toBe(400);
    expect(again.error?.code).toBe('SMS_CODE_WRONG');
  });

  it(`burns the code after ${SMS_MAX_FAILED_ATTEMPTS} wrong guesses`, async () => {
    const code = await sentCode();
    for (let i = 0; i < SMS_MAX_FAILED_ATTEMPTS; i += 1) {
      expect((await login(PHONE, wrongCode(code))).error?.code).toBe('SMS_CODE_WRONG');
    }
    expect((await login(PHONE, code)).error?.code).toBe('SMS_CODE_EXPIRED');
  });

  it('sends a code to any valid phone but signs in only personas', async () => {
    const code = await sentCode(UNKNOWN_PHONE);
    const result = await login(UNKNOWN_PHONE, code);
    expect(result.status).toBe(404);
    expect(result.error?.code).toBe('NOT_FOUND');
    expect(result.error?.message).toBeTypeOf('string');
    // The code was still used up.
    expect((await login(UNKNOWN_PHONE, code)).error?.code).toBe('SMS_CODE_WRONG');
  });
});

describe('session lifecycle', () => {
  async function signIn(): Promise<Session> {
    const result = await login(PHONE, await sentCode());
    if (result.data === undefined) throw new Error(`login failed: ${result.status}`);
    return result.data;
  }

  it('login → me → logout → me is 401', async () => {
    const session = await signIn();

    const me = await callApi('GET', '/me', { token: session.token, schema: profileSchema });
    expect(me.status).toBe(200);
    expect(me.data).toEqual(session.user);

    const logout = await callApi('POST', '/auth/logout', { token: session.token });
    expect(logout.status).toBe(204);
    expect(readState().sessions.get(session.token)).toBeUndefined();

    const after = await callApi('GET', '/me', { token: session.token, schema: profileSchema });
    expect(after.status).toBe(401);
    expect(after.error?.code).toBe('UNAUTHENTICATED');
  });

  it('answers /me without or with an unknown token with 401', async () => {
    expect((await callApi('GET', '/me', { schema: profileSchema })).error?.code).toBe(
      'UNAUTHENTICATED',
    );
    const unknown = await callApi('GET', '/me', { token: 'f'.repeat(48), schema: profileSchema });
    expect(unknown.status).toBe(401);
  });

  it('treats logout as idempotent for a known-gone token but needs a token', async () => {
    const session = await signIn();
    expect((await callApi('POST', '/auth/logout', { token: session.token })).status).toBe(204);
    expect((await callApi('POST', '/auth/logout', { token: session.token })).status).toBe(204);
    expect((await callApi('POST', '/auth/logout')).status).toBe(401);
  });

  it('keeps two sessions of the same person independent', async () => {
    const first = await signIn();
    installManualClock(Date.now() + 61_000);
    const second = await signIn();
    expect(second.token).not.toBe(first.token);
    await callApi('POST', '/auth/logout', { token: first.token });
    expect(
      (await callApi('GET', '/me', { token: second.token, schema: profileSchema })).status,
    ).toBe(200);
  });
});
