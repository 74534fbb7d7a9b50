import { describe, expect, it } from 'vitest';
import { IDEMPOTENT_REPLAY_HEADER } from '@/api-contract/common';
import { demoStateSchema, switchPersonaResponseSchema } from '@/api-contract/demo';
import {
  prescriptionDetailSchema,
  prescriptionListSchema,
  prescriptionPharmacyListSchema,
  type SendPrescriptionRequest,
} from '@/api-contract/prescriptions';
import { installManualClock } from '../clock';
import { readState } from '../db';
import { configureFaultRuntime } from '../faults';
import { API_BASE, callApi } from '../test-utils';
import { NO_FAULTS } from '../seed';

const FUZHOU = 'lat=26.085000&lng=119.296000';
const HOUR_MS = 3_600_000;

async function signIn(personaId = 'fz-employee'): Promise<string> {
  const session = await callApi('POST', '/__demo/persona', {
    body: { personaId },
    schema: switchPersonaResponseSchema,
  });
  return session.data?.token ?? '';
}

const detail = (token: string, id: string) =>
  callApi('GET', `/prescriptions/${id}`, { token, schema: prescriptionDetailSchema });

async function firstPharmacyFor(token: string, id: string) {
  const list = await callApi('GET', `/prescriptions/${id}/pharmacies?${FUZHOU}`, {
    token,
    schema: prescriptionPharmacyListSchema,
  });
  const first = list.data?.items[0];
  if (!first) throw new Error('no pharmacy can fill it');
  return first;
}

const send = (token: string, id: string, body: SendPrescriptionRequest, key?: string) =>
  callApi('POST', `/prescriptions/${id}/send`, {
    token,
    body,
    schema: prescriptionDetailSchema,
    ...(key ? { idempotencyKey: key } : {}),
  });

describe('GET /api/prescriptions', () => {
  it("lists the person's prescriptions newest first, in every status", async () => {
    const token = await signIn();
    const result = await callApi('GET', '/prescriptions', {
      token,
      schema: prescriptionListSchema,
    });
    const items = result.data?.items ?? [];
    expect(new Set(items.map((p) => p.status))).toEqual(
      new Set(['to-collect', 'sent', 'collected', 'expired', 'revoked']),
    );
    const issued = items.map((p) => p.issuedAtMs);
    expect(issued).toEqual([...issued].sort((a, b) => b - a));
    for (const p of items) {
      expect(p.id.startsWith('rx-fz-')).toBe(true);
      expect(p.expiresAtMs).toBe(p.issuedAtMs + p.validDays * 24 * HOUR_MS);
    }
    const long = items.find((p) => p.longTermWeeks !== null);
    expect(long?.longTermWeeks).toBe(8);
    expect(long?.kind).toBe('dual-channel');
  });

  it('needs a session', async () => {
    const result = await callApi('GET', '/prescriptions', { schema: prescriptionListSchema });
    expect(result.status).toBe(401);
  });

  it('expires a prescription still to collect when its valid days pass', async () => {
    const token = await signIn();
    const before = (await detail(token, 'rx-fz-01')).data;
    expect(before?.status).toBe('to-collect');
    installManualClock((before?.expiresAtMs ?? 0) + 1);
    expect((await detail(token, 'rx-fz-01')).data?.status).toBe('expired');
    // A prescription already sent stays sent.
    expect((await detail(token, 'rx-fz-03')).data?.status).toBe('sent');
  });
});

describe('GET /api/prescriptions/{id}', () => {
  it('shows drugs with class, pooling eligibility and the total', async () => {
    const token = await signIn();
    const rx = (await detail(token, 'rx-fz-04')).data;
    expect(rx?.items.map((i) => i.poolingEligible)).toEqual([true, false]);
    expect(rx?.items[1]?.restricted).toBe('psychotropic');
    expect(rx?.totalFen).toBe(rx?.items.reduce((s, i) => s + i.amountFen, 0));
    expect(rx?.dispensing?.pickupCode).toMatch(/^\d{8}$/);
  });

  it("answers 404 for an unknown id and for someone else's prescription", async () => {
    const token = await signIn();
    for (const id of ['rx-none', 'rx-cq-01']) {
      const result = await detail(token, id);
      expect(result.status).toBe(404);
      expect(result.error?.code).toBe('NOT_FOUND');
    }
  });
});

describe('GET /api/prescriptions/{id}/pharmacies', () => {
  it('offers pooling pharmacies that stock every drug, nearest first', async () => {
    const token = await signIn();
    const list = await callApi('GET', `/prescriptions/rx-fz-02/pharmacies?${FUZHOU}`, {
      token,
      schema: prescriptionPharmacyListSchema,
    });
    const items = list.data?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const p of items) {
      expect(p.services.outpatientPooling).toBe(true);
      // A negotiated drug: only dual-channel shops can fill it.
      expect(p.services.dualChannel).toBe(true);
      expect(p.deliveryFeeFen === null).toBe(!p.services.delivery);
    }
    const distances = items.map((p) => p.distanceM);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});

describe('POST /api/prescriptions/{id}/send', () => {
  it('sends for pick-up: the status moves on and a pick-up code comes back', async () => {
    const token = await signIn();
    const pharmacy = await firstPharmacyFor(token, 'rx-fz-01');
    const result = await send(token, 'rx-fz-01', { pharmacyId: pharmacy.id, method: 'pickup' });
    expect(result.status).toBe(200);
    expect(result.data?.status).toBe('sent');
    expect(result.data?.dispensing).toMatchObject({
      pharmacyId: pharmacy.id,
      pharmacyName: pharmacy.name,
      method: 'pickup',
      deliveryFeeFen: 0,
      address: null,
    });
    expect(result.data?.dispensing?.pickupCode).toMatch(/^\d{8}$/);
    expect((await detail(token, 'rx-fz-01')).data?.status).toBe('sent');
  });

  it('sends once per intent: a repeat replays, a new intent is refused', async () => {
    const token = await signIn();
    const pharmacy = await firstPharmacyFor(token, 'rx-fz-01');
    const body = { pharmacyId: pharmacy.id, method: 'pickup' } as const;
    const first = await send(token, 'rx-fz-01', body, 'send-1');
    const repeat = await send(token, 'rx-fz-01', body, 'send-1');
    expect(repeat.headers.get(IDEMPOTENT_REPLAY_HEADER)).toBe('true');
    expect(repeat.data).toEqual(first.data);
    const second = await send(token, 'rx-fz-01', body, 'send-2');
    expect(second.status).toBe(409);
    expect(second.error?.code).toBe('PRESCRIPTION_ALREADY_SENT');
  });

  it('after a lost answer, the retry with the same key gets the same code', async () => {
    const token = await signIn();
    const pharmacy = await firstPharmacyFor(token, 'rx-fz-01');
    configureFaultRuntime({ random: () => 0 });
    await callApi('PUT', '/__demo/faults', {
      body: { ...NO_FAULTS, lostResponseRate: 100 },
      schema: demoStateSchema,
    });
    await expect(
      fetch(`${API_BASE}/prescriptions/rx-fz-01/send`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': 'lost',
          Authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ pharmacyId: pharmacy.id, method: 'pickup' }),
      }),
    ).rejects.toThrow(TypeError);
    const stored = readState().prescriptions.get('rx-fz-01');
    expect(stored?.status).toBe('sent');
    await callApi('PUT', '/__demo/faults', { body: NO_FAULTS, schema: demoStateSchema });
    const retry = await send(
      token,
      'rx-fz-01',
      { pharmacyId: pharmacy.id, method: 'pickup' },
      'lost',
    );
    expect(retry.status).toBe(200);
    expect(retry.data?.dispensing?.pickupCode).toBe(stored?.dispensing?.pickupCode);
  });

  it('refuses expired and revoked prescriptions, each saying why', async () => {
    const token = await signIn();
    const pharmacy = await firstPharmacyFor(token, 'rx-fz-01');
    const expired = await send(token, 'rx-fz-05', { pharmacyId: pharmacy.id, method: 'pickup' });
    expect(expired.status).toBe(409);
    expect(expired.error?.code).toBe('PRESCRIPTION_EXPIRED');
    const revoked = await send(token, 'rx-fz-06', { pharmacyId: pharmacy.id, method: 'pickup' });
    expect(revoked.error?.code).toBe('PRESCRIPTION_REVOKED');
    expect(readState().prescriptions.get('rx-fz-05')?.dispensing).toBeNull();
  });

  it('needs a full delivery address with a valid mobile number', async () => {
    const token = await signIn();
    const list = await callApi('GET', `/prescriptions/rx-fz-01/pharmacies?${FUZHOU}`, {
      token,
      schema: prescriptionPharmacyListSchema,
    });
    const delivering = list.data?.items.find((p) => p.services.delivery);
    if (!delivering) throw new Error('no delivering pharmacy');
    const address = {
      district: '鼓楼区',
      detail: '东街 1 号',
      recipient: '林女士',
      phone: '13900002222',
    };
    const noAddress = await send(token, 'rx-fz-01', {
      pharmacyId: delivering.id,
      method: 'delivery',
    });
    expect(noAddress.error?.code).toBe('ADDRESS_INVALID');
    const badPhone = await send(token, 'rx-fz-01', {
      pharmacyId: delivering.id,
      method: 'delivery',
      address: { ...address, phone: '12345' },
    });
    expect(badPhone.error?.code).toBe('ADDRESS_INVALID');
    const noDistrict = await send(token, 'rx-fz-01', {
      pharmacyId: delivering.id,
      method: 'delivery',
      address: { ...address, district: ' ' },
    });
    expect(noDistrict.error?.code).toBe('ADDRESS_INVALID');
    const sent = await send(token, 'rx-fz-01', {
      pharmacyId: delivering.id,
      method: 'delivery',
      address,
    });
    expect(sent.data?.dispensing?.deliveryFeeFen).toBe(delivering.deliveryFeeFen);
    expect(sent.data?.dispensing?.address).toEqual(address);
  });

  it('refuses a pharmacy that cannot fill it, or does not exist', async () => {
    const token = await signIn();
    const unknown = await send(token, 'rx-fz-01', { pharmacyId: 'ph-999999', method: 'pickup' });
    expect(unknown.status).toBe(404);
    // ph-000001 has no outpatient pooling.
    const noPooling = await send(token, 'rx-fz-01', { pharmacyId: 'ph-000001', method: 'pickup' });
    expect(noPooling.error?.code).toBe('PHARMACY_CANNOT_FILL');
  });
});
