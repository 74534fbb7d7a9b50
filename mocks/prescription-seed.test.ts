import { describe, expect, it } from 'vitest';
import { drugByCode } from './reference/drugs';
import { DEFAULT_VALID_DAYS, prescriptionSeedTime, seedPrescriptions } from './prescription-seed';

const AT = Date.parse('2026-11-24T10:17:00+08:00');

describe('seeded prescriptions', () => {
  const records = seedPrescriptions(AT);

  it('give every persona one or more in every stored status, and one that has expired', () => {
    for (const personId of ['user-cq-0001', 'user-fz-0001', 'user-ty-0001']) {
      const own = records.filter((r) => r.personId === personId);
      expect(new Set(own.map((r) => r.status))).toEqual(
        new Set(['to-collect', 'sent', 'collected', 'revoked']),
      );
      const open = own.filter((r) => r.status === 'to-collect');
      const expiry = (r: (typeof open)[number]) => r.issuedAtMs + r.validDays * 86_400_000;
      expect(open.filter((r) => expiry(r) > AT).length).toBeGreaterThanOrEqual(2);
      expect(open.filter((r) => expiry(r) <= AT)).toHaveLength(1);
    }
  });

  it('uses known drugs, 72 h validity, and keeps restricted drugs out of long prescriptions', () => {
    for (const r of records) {
      expect(r.validDays).toBe(DEFAULT_VALID_DAYS);
      for (const item of r.items) expect(drugByCode(item.code)).toBeDefined();
      if (r.longTermWeeks !== null) {
        expect(r.longTermWeeks).toBeGreaterThan(4);
        expect(r.longTermWeeks).toBeLessThanOrEqual(12);
        for (const item of r.items) expect(drugByCode(item.code)?.restricted).toBeUndefined();
      }
    }
  });

  it('is the same for any moment of the same hour', () => {
    expect(seedPrescriptions(AT + 30 * 60_000)).toEqual(records);
    expect(prescriptionSeedTime(AT)).toBe(Date.parse('2026-11-24T10:00:00+08:00'));
  });
});
