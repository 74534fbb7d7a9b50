import { describe, expect, it, vi } from 'vitest';
import { demoStateSchema, type Faults } from '@/api-contract/demo';
import { smsCodeResponseSchema } from '@/api-contract/auth';
import { profileSchema } from '@/api-contract/profile';
import { readState } from './db';
import { configureFaultRuntime } from './faults';
import { NO_FAULTS, PERSONA_PHONES } from './seed';
import { API_BASE, callApi } from './test-utils';

async function setFaults(faults: Partial<Faults>) {
  const result = await callApi('PUT', '/__demo/faults', {
    body: { ...NO_FAULTS, ...faults },
    schema: demoStateSchema,
  });
  expect(result.status).toBe(200);
}

// /me without a token answers 401 when no fault fires: a cheap way to see whether one did.
const probe = () => callApi('GET', '/me', { schema: profileSchema });

describe('error rate', () => {
  it('100 % fails every request with a 500 SERVER_ERROR', async () => {
    configureFaultRuntime({ random: () => 0.999_999 });
    await setFaults({ errorRate: 100 });
    for (let i = 0; i < 5; i += 1) {
      const result = await probe();
      expect(result.status).toBe(500);
      expect(result.error?.code).toBe('SERVER_ERROR');
    }
  });

  it('0 % never fails', async () => {
    configureFaultRuntime({ random: () => 0 });
    await setFaults({ errorRate: 0 });
    expect((await probe()).status).toBe(401);
  });

  it('fails when the dice fall under the rate', async () => {
    await setFaults({ errorRate: 50 });
    configureFaultRuntime({ random: () => 0.49 });
    expect((await probe()).status).toBe(500);
    configureFaultRuntime({ random: () => 0.5 });
    expect((await probe()).status).toBe(401);
  });

  it('a failed request changes nothing on the backend', async () => {
    configureFaultRuntime({ random: () => 0 });
    await setFaults({ errorRate: 100 });
    const result = await callApi('POST', '/auth/sms-code', {
      body: { phone: PERSONA_PHONES['cq-retiree'] },
      schema: smsCodeResponseSchema,
    });
    expect(result.status).toBe(500);
    expect(readState().smsCodes.size).toBe(0);
  });
});

describe('offline', () => {
  it('makes fetch reject like a network failure', async () => {
    await setFaults({ offline: true });
    await expect(fetch(`${API_BASE}/me`)).rejects.toThrow(TypeError);
  });

  it('also happens when the browser reports no network', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await expect(
      fetch(`${API_BASE}/auth/sms-code`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow(TypeError);
    // The demo console must still work, or nobody could see what is going on.
    expect((await callApi('GET', '/__demo/state', { schema: demoStateSchema })).status).toBe(200);
  });
});

describe('latency', () => {
  it('waits the configured time before answering', async () => {
    const waits: number[] = [];
    configureFaultRuntime({
      delay: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    await setFaults({ latencyMs: 1200 });
    expect((await probe()).status).toBe(401);
    expect(waits).toEqual([1200]);
    // Demo controls are not delayed.
    await callApi('GET', '/__demo/state', { schema: demoStateSchema });
    expect(waits).toEqual([1200]);
  });

  it('really delays with the default timer', async () => {
    await setFaults({ latencyMs: 80 });
    const started = performance.now();
    await probe();
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
  });

  it('no latency means no wait at all', async () => {
    const delay = vi.fn(() => Promise.resolve());
    configureFaultRuntime({ delay });
    await probe();
    expect(delay).not.toHaveBeenCalled();
  });

  it('a slow backend can still fail', async () => {
    const delay = vi.fn(() => Promise.resolve());
    configureFaultRuntime({ delay, random: () => 0 });
    await setFaults({ latencyMs: 300, errorRate: 100 });
    expect((await probe()).status).toBe(500);
    expect(delay).toHaveBeenCalledWith(300);
  });
});
