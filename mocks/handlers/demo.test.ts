import { describe, expect, it } from 'vitest';
import { demoStateSchema, switchPersonaResponseSchema, type Faults } from '@/api-contract/demo';
import { profileSchema } from '@/api-contract/profile';
import { sessionSchema, smsCodeResponseSchema } from '@/api-contract/auth';
import { currentFaults, readState, transact } from '../db';
import { configureFaultRuntime, SLOW_RESPONSE_MS } from '../faults';
import { createSeedRecords, NO_FAULTS, PERSONA_PHONES, personas } from '../seed';
import { recordsOf, stateFromRecords as recordsToState } from '../store/store';
import { callApi } from '../test-utils';

const ALL_FAULTS: Faults = {
  latencyMs: 5000,
  errorRate: 100,
  offline: true,
  lostResponseRate: 100,
  slowResponseRate: 100,
};

async function setFaults(faults: Faults) {
  return callApi('PUT', '/__demo/faults', { body: faults, schema: demoStateSchema });
}

describe('GET /api/__demo/state', () => {
  it('lists the personas and the current faults', async () => {
    const result = await callApi('GET', '/__demo/state', { schema: demoStateSchema });
    expect(result.data).toEqual({
      personas: personas.map(({ id, labelKey, name, phone, regionName }) => ({
        id,
        labelKey,
        name,
        phone,
        regionName,
      })),
      faults: NO_FAULTS,
      slowResponseMs: SLOW_RESPONSE_MS,
      // Vitest has no IndexedDB and starts no persistence.
      storage: 'memory',
      notice: null,
    });
  });
});

describe('PUT /api/__demo/faults', () => {
  it('stores the faults and returns the new state', async () => {
    const faults: Faults = {
      latencyMs: 1500,
      errorRate: 30,
      offline: false,
      lostResponseRate: 20,
      slowResponseRate: 10,
    };
    const result = await setFaults(faults);
    expect(result.data?.faults).toEqual(faults);
    expect(currentFaults()).toEqual(faults);
  });

  it.each([
    { ...NO_FAULTS, latencyMs: 5001 },
    { ...NO_FAULTS, errorRate: 101 },
    { ...NO_FAULTS, errorRate: 12.5 },
    { ...NO_FAULTS, lostResponseRate: -1 },
    { ...NO_FAULTS, slowResponseRate: 101 },
    { latencyMs: 0, errorRate: 0 },
  ])('rejects %o with BAD_REQUEST', async (body) => {
    const result = await callApi('PUT', '/__demo/faults', { body, schema: demoStateSchema });
    expect(result.status).toBe(400);
    expect(result.error?.code).toBe('BAD_REQUEST');
    expect(currentFaults()).toEqual(NO_FAULTS);
  });
});

describe('POST /api/__demo/persona', () => {
  it('signs in as the chosen persona', async () => {
    for (const persona of personas) {
      const result = await callApi('POST', '/__demo/persona', {
        body: { personaId: persona.id },
        schema: switchPersonaResponseSchema,
      });
      expect(result.status).toBe(200);
      expect(result.data?.user).toEqual(persona.profile);
      const me = await callApi('GET', '/me', {
        token: result.data?.token ?? '',
        schema: profileSchema,
      });
      expect(me.data?.name).toBe(persona.name);
    }
  });

  it('keeps at most 50 sessions, dropping the oldest', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 55; i += 1) {
      const result = await callApi('POST', '/__demo/persona', {
        body: { personaId: 'ty-employee' },
        schema: sessionSchema,
      });
      tokens.push(result.data?.token ?? '');
    }
    expect(readState().sessions.size).toBe(50);
    const first = await callApi('GET', '/me', { token: tokens[0] ?? '', schema: profileSchema });
    expect(first.status).toBe(401);
    const last = await callApi('GET', '/me', { token: tokens[54] ?? '', schema: profileSchema });
    expect(last.status).toBe(200);
  });

  it('rejects an unknown persona and a bad body', async () => {
    const unknown = await callApi('POST', '/__demo/persona', {
      body: { personaId: 'nobody' },
      schema: sessionSchema,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.error?.code).toBe('NOT_FOUND');
    const bad = await callApi('POST', '/__demo/persona', {
      body: { id: 1 },
      schema: sessionSchema,
    });
    expect(bad.error?.code).toBe('BAD_REQUEST');
  });
});

describe('POST /api/__demo/reset', () => {
  it('restores the seed and keeps nothing: faults, sessions, codes', async () => {
    const session = await callApi('POST', '/__demo/persona', {
      body: { personaId: 'cq-retiree' },
      schema: sessionSchema,
    });
    await callApi('POST', '/auth/sms-code', {
      body: { phone: PERSONA_PHONES['ty-employee'] },
      schema: smsCodeResponseSchema,
    });
    transact((tx) => tx.relatives.delete('fm-cq-spouse'));
    await setFaults({ ...NO_FAULTS, errorRate: 50 });

    const result = await callApi('POST', '/__demo/reset', { schema: demoStateSchema });
    expect(result.status).toBe(200);
    expect(result.data?.faults).toEqual(NO_FAULTS);
    expect(recordsOf(readState())).toEqual(recordsOf(recordsToState(createSeedRecords())));

    const me = await callApi('GET', '/me', {
      token: session.data?.token ?? '',
      schema: profileSchema,
    });
    expect(me.status).toBe(401);
    // The resend window went with the codes.
    const again = await callApi('POST', '/auth/sms-code', {
      body: { phone: PERSONA_PHONES['ty-employee'] },
      schema: smsCodeResponseSchema,
    });
    expect(again.status).toBe(200);
  });
});

describe('demo controls and faults', () => {
  it('keep answering while every fault is on', async () => {
    configureFaultRuntime({
      delay: () => Promise.reject(new Error('demo controls must not wait')),
    });
    await setFaults(ALL_FAULTS);

    expect(
      (await callApi('GET', '/__demo/state', { schema: demoStateSchema })).data?.faults,
    ).toEqual(ALL_FAULTS);
    const persona = await callApi('POST', '/__demo/persona', {
      body: { personaId: 'fz-employee' },
      schema: sessionSchema,
    });
    expect(persona.status).toBe(200);
    expect((await setFaults(NO_FAULTS)).status).toBe(200);
    await setFaults(ALL_FAULTS);
    const reset = await callApi('POST', '/__demo/reset', { schema: demoStateSchema });
    expect(reset.data?.faults).toEqual(NO_FAULTS);
  });
});

describe('unknown API paths', () => {
  it.each([
    ['GET', '/no-such-resource'],
    ['POST', '/voucher/activate'],
    ['GET', '/__demo/nothing'],
    // DELETE /me is a method /me does not have: 405 (mocks/route.test.ts), not an unknown path.
    ['DELETE', '/me/nothing'],
  ] as const)('%s %s → 404 NOT_FOUND', async (method, path) => {
    const result = await callApi(method, path, { schema: demoStateSchema });
    expect(result.status).toBe(404);
    expect(result.error?.code).toBe('NOT_FOUND');
    expect(result.error?.message).toContain(path);
  });
});
