import { describe, expect, it } from 'vitest';
import {
  estimate,
  getPolicyDefinition,
  policies,
  POLICY_IDS,
  RULES_MESSAGE_KEYS,
  sourceDocKeys,
} from './index';

describe('bundled policies', () => {
  it('lists the three policies with their periods and kinds', () => {
    expect(
      policies.map(({ id, region, effectiveFrom, effectiveTo, kinds }) => ({
        id,
        region,
        effectiveFrom,
        effectiveTo,
        kinds,
      })),
    ).toEqual([
      {
        id: 'cq-employee-outpatient-2024',
        region: 'CN-CQ',
        effectiveFrom: '2024-01-01',
        effectiveTo: undefined,
        kinds: ['outpatient', 'pharmacy'],
      },
      {
        id: 'sx-pharmacy-2023',
        region: 'CN-SX',
        effectiveFrom: '2023-02-20',
        effectiveTo: undefined,
        kinds: ['pharmacy'],
      },
      {
        id: 'fz-drg-2021',
        region: 'CN-FJ',
        effectiveFrom: '2021-07-20',
        effectiveTo: undefined,
        kinds: ['inpatient'],
      },
    ]);
    expect(POLICY_IDS).toEqual(policies.map((p) => p.id));
    expect(Object.isFrozen(policies)).toBe(true);
  });

  it('cites a source for every rule, with a translated title and document name', () => {
    for (const info of policies) {
      expect(RULES_MESSAGE_KEYS).toContain(info.titleKey);
      expect(RULES_MESSAGE_KEYS).toContain(info.regionKey);
      expect(info.sources.length).toBeGreaterThan(3);
      for (const source of info.sources) {
        expect(['002', '003', '004']).toContain(source.doc);
        expect(source.clause.trim()).not.toBe('');
        const doc = sourceDocKeys(source.doc);
        expect(doc, source.doc).toBeDefined();
        for (const key of Object.values(doc ?? {})) expect(RULES_MESSAGE_KEYS).toContain(key);
      }
      const p = getPolicyDefinition(info.id as (typeof POLICY_IDS)[number]);
      for (const rule of [
        p.effective,
        p.coverage,
        p.otherSchemes,
        p.deductible,
        p.ratio,
        p.cap,
        p.account,
        p.cash,
      ]) {
        expect(rule.id.startsWith(p.id.slice(0, 2))).toBe(true);
        expect(['stated', 'assumed']).toContain(rule.basis);
        expect(rule.source.clause).not.toBe('');
      }
    }
  });

  it('holds the Chongqing table of POLICY-FACTS §4 (004, 问答八)', () => {
    const p = getPolicyDefinition('cq-employee-outpatient-2024');
    expect(p.deductible).toMatchObject({
      per: 'calendar-year',
      amountFen: { employed: 20_000, retired: 10_000 },
    });
    expect(p.ratio).toMatchObject({
      by: 'institution-level',
      bp: { employed: { 1: 6_000, 2: 6_000, 3: 5_000 }, retired: { 1: 7_000, 2: 7_000, 3: 6_000 } },
    });
    expect(p.cap).toMatchObject({
      per: 'calendar-year',
      amountFen: {
        employed: { unit: 300_000, 'individual-tier2': 300_000, 'individual-tier1': 80_000 },
        retired: { unit: 400_000, 'individual-tier2': 400_000, 'individual-tier1': 120_000 },
      },
    });
  });

  it('holds the Shanxi (003) and Fuzhou (002) parameters', () => {
    expect(getPolicyDefinition('sx-pharmacy-2023')).toMatchObject({
      deductible: { per: 'visit', amountFen: { employed: 3_000, retired: 3_000 } },
      ratio: { by: 'flat', bp: { employed: 6_000, retired: 6_500 } },
      cap: { per: 'none', basis: 'assumed' },
    });
    expect(getPolicyDefinition('fz-drg-2021')).toMatchObject({
      deductible: { per: 'none', basis: 'stated' },
      ratio: { by: 'flat', bp: { employed: 7_000, retired: 7_000 } },
      cap: { per: 'none', basis: 'assumed' },
    });
  });
});

describe('every step of a trace cites the policy it applies', () => {
  // A step of Fuzhou's estimate citing Chongqing's document would send a person to the wrong
  // bureau's text; each policy's own document is the one its effective date comes from.
  for (const info of policies) {
    it(`${info.id}: every rule in every trace cites the policy's own document`, () => {
      const policyDoc = getPolicyDefinition(info.id as (typeof POLICY_IDS)[number]).effective.source
        .doc;
      for (const kind of info.kinds) {
        for (const member of [
          { status: 'employed', enrolment: 'unit' },
          { status: 'retired', enrolment: 'unit' },
        ] as const) {
          const result = estimate({
            policyId: info.id,
            member,
            personalAccountBalanceFen: 50_000,
            claims: [
              {
                id: 'a',
                date: info.effectiveFrom,
                kind,
                institutionLevel: 2,
                policyRangeFen: 100_000,
              },
            ],
          });
          const steps = result.claims.flatMap((c) => c.trace);
          expect(steps.length).toBeGreaterThan(3);
          for (const step of steps) {
            expect({ rule: step.rule.id, doc: step.rule.source.doc }).toEqual({
              rule: step.rule.id,
              doc: policyDoc,
            });
          }
        }
      }
    });
  }
});
