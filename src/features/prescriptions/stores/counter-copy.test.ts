import { afterEach, describe, expect, it } from 'vitest';
import type { Dispensing, PrescriptionDetail } from '@/api-contract/prescriptions';
import { configureApiClient } from '@/lib/api-config';
import { ApiError } from '@/lib/api-error';
import {
  copyCoversFailure,
  readListCopy,
  readPickupCopy,
  saveListCopy,
  savePickupCopy,
} from './counter-copy';

const NOW = Date.parse('2026-12-02T14:05:00+08:00');

const PICKUP: Dispensing = {
  pharmacyId: 'ph-1',
  pharmacyName: '鼓楼大药房',
  method: 'pickup',
  pickupCode: '12345678',
  sentAtMs: NOW,
  deliveryFeeFen: 0,
  address: null,
};

const SENT: PrescriptionDetail = {
  id: 'rx-1',
  status: 'sent',
  hospitalName: '福建省立医院',
  institutionLevel: 3,
  department: '内分泌科',
  drugNames: ['盐酸二甲双胍片'],
  issuedAtMs: NOW - 3_600_000,
  validDays: 3,
  expiresAtMs: NOW + 2 * 86_400_000,
  kind: 'outpatient-pooling',
  longTermWeeks: null,
  itemCount: 1,
  totalFen: 4_200,
  revokedReason: null,
  asOfMs: NOW,
  doctorName: '林医生',
  diagnosis: '2型糖尿病',
  items: [],
  dispensing: PICKUP,
};

function signedInAs(token: string | null) {
  configureApiClient({ getToken: () => token });
}

afterEach(() => {
  signedInAs(null);
});

describe('the counter copy', () => {
  it('keeps a pick-up code with its pharmacy, and none of the diagnosis or the doctor', () => {
    signedInAs('t1');
    savePickupCopy(SENT, 't1', NOW);
    expect(readPickupCopy('rx-1')).toMatchObject({
      savedAtMs: NOW,
      dispensing: { pickupCode: '12345678', pharmacyName: '鼓楼大药房' },
    });
    const stored = Object.values({ ...sessionStorage }).join('\n');
    expect(stored).not.toContain('2型糖尿病');
    expect(stored).not.toContain('林医生');
  });

  it('keeps no delivery (its address is personal and no counter needs it)', () => {
    signedInAs('t1');
    savePickupCopy(
      {
        ...SENT,
        dispensing: {
          ...PICKUP,
          method: 'delivery',
          address: {
            district: '鼓楼区',
            detail: '东街 1 号',
            recipient: '林女士',
            phone: '13900002222',
          },
        },
      },
      't1',
      NOW,
    );
    expect(readPickupCopy('rx-1')).toBeNull();
  });

  it('drops a code once the prescription is collected', () => {
    signedInAs('t1');
    savePickupCopy(SENT, 't1', NOW);
    saveListCopy({ asOfMs: NOW, items: [{ ...SENT, status: 'collected' }] }, 't1', NOW);
    expect(readPickupCopy('rx-1')).toBeNull();
    expect(readListCopy()?.list.items[0]?.status).toBe('collected');
  });

  it('moves the list copy on when a prescription is sent', () => {
    signedInAs('t1');
    saveListCopy({ asOfMs: NOW, items: [{ ...SENT, status: 'to-collect' }] }, 't1', NOW);
    savePickupCopy(SENT, 't1', NOW + 60_000);
    expect(readListCopy()?.list.items[0]?.status).toBe('sent');
    expect(JSON.stringify(readListCopy())).not.toContain('2型糖尿病');
  });

  it('keeps nothing of an answer that arrives after its session ended', () => {
    signedInAs(null);
    savePickupCopy(SENT, 't1', NOW);
    saveListCopy({ asOfMs: NOW, items: [SENT] }, 't1', NOW);
    signedInAs('t2');
    savePickupCopy(SENT, 't1', NOW);
    expect(readPickupCopy('rx-1')).toBeNull();
    expect(readListCopy()).toBeNull();
  });

  it('stands in for a network or server failure, not for an ended session or a refusal', () => {
    expect(copyCoversFailure(new ApiError('offline'))).toBe(true);
    expect(copyCoversFailure(new ApiError('network'))).toBe(true);
    expect(copyCoversFailure(new ApiError('http', { status: 503 }))).toBe(true);
    expect(copyCoversFailure(new ApiError('session-expired', { status: 401 }))).toBe(false);
    expect(copyCoversFailure(new ApiError('http', { status: 404, code: 'NOT_FOUND' }))).toBe(false);
  });
});
