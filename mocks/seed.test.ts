import { describe, expect, it } from 'vitest';
import { profileSchema } from '@/api-contract/profile';
import { birthDateFromId, genderFromId, validateIdNumber } from '@/lib/id-number';
import { profileOf } from './db';
import { createSeedRecords, DEMO_TODAY, PERSONA_IDS, PERSONA_PHONES, personas } from './seed';
import { stateFromRecords } from './store/store';

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

// The personas as the API shows them, built from the seed's domain records.
const state = stateFromRecords(createSeedRecords());
const db = { personas: personas.map((p) => ({ id: p.id, profile: profileOf(state, p.personId) })) };

describe('seed', () => {
  it('has the three personas, in order, with distinct phones', () => {
    expect(db.personas.map((p) => p.id)).toEqual([...PERSONA_IDS]);
    const phones = db.personas.map((p) => p.profile.phone);
    expect(new Set(phones).size).toBe(phones.length);
    for (const persona of db.personas) {
      expect(persona.profile.phone).toBe(PERSONA_PHONES[persona.id as keyof typeof PERSONA_PHONES]);
    }
    expect(personas.map((p) => [p.id, p.phone, p.name])).toEqual(
      db.personas.map((p) => [p.id, p.profile.phone, p.profile.name]),
    );
  });

  it.each(db.personas.map((p) => [p.id, p.profile] as const))(
    '%s parses with the contract',
    (_id, profile) => {
      expect(profileSchema.parse(profile)).toEqual(profile);
    },
  );

  it('gives every person and family member a valid ID that matches their birth date', () => {
    for (const { profile } of db.personas) {
      const people = [
        { name: profile.name, idNumber: profile.idNumber, birthDate: profile.birthDate },
        ...profile.family,
      ];
      for (const person of people) {
        const result = validateIdNumber(person.idNumber, { today: DEMO_TODAY });
        expect(result, `${person.name} ${person.idNumber}`).toMatchObject({ valid: true });
        expect(birthDateFromId(person.idNumber), person.name).toBe(person.birthDate);
      }
      expect(genderFromId(profile.idNumber), profile.name).toBe(profile.gender);
    }
  });

  it('uses real region codes of the persona’s city', () => {
    const prefixes = { 'cq-retiree': '500', 'fz-employee': '3501', 'ty-employee': '1401' };
    for (const { id, profile } of db.personas) {
      expect(profile.idNumber.startsWith(prefixes[id as keyof typeof prefixes])).toBe(true);
    }
  });

  it('matches the persona descriptions the demo guide gives', () => {
    const [cq, fz, ty] = db.personas;
    expect(ageOn(cq?.profile.birthDate ?? '', DEMO_TODAY)).toBe(72);
    expect(cq?.profile.insurance).toMatchObject({
      status: 'retired',
      policyId: 'cq-employee-outpatient-2024',
      regionName: '重庆市',
      contributionBaseFen: null,
    });
    expect(cq?.profile.family.map((m) => m.relation)).toEqual(['spouse']);

    expect(ageOn(fz?.profile.birthDate ?? '', DEMO_TODAY)).toBe(34);
    expect(fz?.profile.insurance).toMatchObject({ status: 'employed', policyId: 'fz-drg-2021' });
    expect(fz?.profile.family.map((m) => [m.relation, m.scheme])).toEqual([
      ['father', 'resident'],
      ['mother', 'resident'],
      ['child', 'resident'],
    ]);

    expect(ty?.profile.insurance).toMatchObject({
      status: 'employed',
      policyId: 'sx-pharmacy-2023',
    });
    expect(ty?.profile.voucherActivated).toBe(false);

    for (const { profile } of db.personas) {
      const employed = profile.insurance.status === 'employed';
      expect(profile.insurance.contributionBaseFen !== null).toBe(employed);
    }
  });

  it('builds records that map back to each persona’s profile exactly', () => {
    for (const persona of personas) {
      expect(profileOf(state, persona.personId)).toEqual(persona.profile);
    }
  });

  it('keeps balances in the ledger, not on the person', () => {
    const records = createSeedRecords();
    expect(records.persons.every((p) => !('personalAccountBalanceFen' in p.insurance))).toBe(true);
    // What was carried over plus this year's monthly credits is each persona's balance.
    const sums = new Map<string, number>();
    for (const e of records.ledger) sums.set(e.personId, (sums.get(e.personId) ?? 0) + e.amountFen);
    expect([...sums]).toEqual([
      ['user-cq-0001', 386_050],
      ['user-fz-0001', 528_073],
      ['user-ty-0001', 126_400],
    ]);
    expect(records.ledger.filter((e) => e.kind === 'opening-balance')).toHaveLength(3);
    // Only Chongqing's policy states a monthly credit (渝医保发〔2023〕32号 第九条).
    const credited = new Set(
      records.ledger.filter((e) => e.kind === 'credit').map((e) => e.personId),
    );
    expect([...credited]).toEqual(['user-cq-0001']);
  });

  it('hands out independent copies', () => {
    const first = createSeedRecords();
    first.relatives.pop();
    expect(createSeedRecords().relatives).toHaveLength(4);
    expect(Object.isFrozen(personas[0]?.profile)).toBe(true);
  });
});
