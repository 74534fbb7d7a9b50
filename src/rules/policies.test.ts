import { describe, expect, it } from 'vitest';
import type { Enrolment, MemberStatus } from './types';
import { estimate, lawOn, policies, POLICY_IDS, RULES_MESSAGE_KEYS, sourceDocKeys } from './index';

/** The policy's first day as it stands for each member, for the tables below. */
const onFirstDay = (id: string, status: MemberStatus, enrolment: Enrolment = 'unit') => {
  const info = policies.find((p) => p.id === id);
  if (info === undefined) throw new Error(`no policy ${id}`);
  return lawOn(id, { status, enrolment }, info.effectiveFrom);
};

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
      const p = onFirstDay(info.id, 'employed');
      for (const rule of [
        p.effective,
        p.coverage,
        p.otherSchemes,
        p.deductible.rule,
        p.ratio.rule[1],
        p.cap.rule,
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
    const cq = 'cq-employee-outpatient-2024';
    const byStatus = <T>(read: (status: MemberStatus) => T) => ({
      employed: read('employed'),
      retired: read('retired'),
    });
    const byEnrolment = (status: MemberStatus) => ({
      unit: onFirstDay(cq, status, 'unit').cap.capFen,
      'individual-tier2': onFirstDay(cq, status, 'individual-tier2').cap.capFen,
      'individual-tier1': onFirstDay(cq, status, 'individual-tier1').cap.capFen,
    });
    expect(byStatus((s) => onFirstDay(cq, s).deductible)).toMatchObject({
      employed: { per: 'calendar-year', amountFen: 20_000 },
      retired: { per: 'calendar-year', amountFen: 10_000 },
    });
    expect(byStatus((s) => onFirstDay(cq, s).ratio)).toMatchObject({
      employed: { byLevel: true, bp: { 1: 6_000, 2: 6_000, 3: 5_000 } },
      retired: { byLevel: true, bp: { 1: 7_000, 2: 7_000, 3: 6_000 } },
    });
    expect(byStatus(byEnrolment)).toEqual({
      employed: { unit: 300_000, 'individual-tier2': 300_000, 'individual-tier1': 80_000 },
      retired: { unit: 400_000, 'individual-tier2': 400_000, 'individual-tier1': 120_000 },
    });
  });

  it('holds the Shanxi (003) and Fuzhou (002) parameters', () => {
    const table = (id: string) => {
      const employed = onFirstDay(id, 'employed');
      const retired = onFirstDay(id, 'retired');
      return {
        deductible: {
          per: employed.deductible.per,
          basis: employed.deductible.rule.basis,
          amountFen: {
            employed: employed.deductible.per === 'none' ? null : employed.deductible.amountFen,
            retired: retired.deductible.per === 'none' ? null : retired.deductible.amountFen,
          },
        },
        ratio: {
          byLevel: employed.ratio.byLevel,
          bp: { employed: employed.ratio.bp[1], retired: retired.ratio.bp[1] },
        },
        cap: { capFen: employed.cap.capFen, basis: employed.cap.rule.basis },
      };
    };
    expect(table('sx-pharmacy-2023')).toMatchObject({
      deductible: { per: 'visit', amountFen: { employed: 3_000, retired: 3_000 } },
      ratio: { byLevel: false, bp: { employed: 6_000, retired: 6_500 } },
      cap: { capFen: null, basis: 'assumed' },
    });
    expect(table('fz-drg-2021')).toMatchObject({
      deductible: { per: 'none', basis: 'stated' },
      ratio: { byLevel: false, bp: { employed: 7_000, retired: 7_000 } },
      cap: { capFen: null, basis: 'assumed' },
    });
  });
});

describe('every step of a trace cites the policy it applies', () => {
  // A step of Fuzhou's estimate citing Chongqing's document would send a person to the wrong
  // bureau's text; each policy's own document is the one its effective date comes from.
  for (const info of policies) {
    it(`${info.id}: every rule in every trace cites the policy's own document`, () => {
      const policyDoc = onFirstDay(info.id, 'employed').effective.source.doc;
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
