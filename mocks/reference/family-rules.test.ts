import { describe, expect, it } from 'vitest';
import type { FamilySource } from '@/api-contract/family';
import {
  FAMILY_REGION_RULES,
  premiumFor,
  regionRulesFor,
  relationRuleOn,
  windowFor,
} from './family-rules';

const fujian = regionRulesFor('350100');
if (!fujian) throw new Error('Fujian is missing');

describe('family mutual-aid rules as data', () => {
  it('gives every source and note English words with no Chinese, for English screens', () => {
    const sources: FamilySource[] = FAMILY_REGION_RULES.flatMap((rules) => [
      ...rules.relationRules.map((r) => r.source),
      rules.limitSource,
      rules.refundRule.source,
      ...rules.premiums.map((p) => p.source),
      ...[2026, 2027].flatMap((year) => rules.windowsFor(year).map((w) => w.source)),
    ]);
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) {
      expect(source.en, source.doc).toBeDefined();
      expect(source.en?.doc).not.toMatch(/\p{Script=Han}/u);
      expect(source.en?.note ?? '').not.toMatch(/\p{Script=Han}/u);
      // A note in Chinese has its English, and the other way round.
      expect(source.en?.note === undefined).toBe(source.note === undefined);
    }
  });

  it('knows Fujian and Chongqing by province, and no other region', () => {
    expect(regionRulesFor('350102')?.name).toBe('福建省');
    expect(regionRulesFor('500000')?.name).toBe('重庆市');
    expect(regionRulesFor('140100')).toBeUndefined();
  });

  it("applies Fujian's 2023 rule, then the national near-relatives rule from December 2024", () => {
    expect(relationRuleOn(fujian, '2023-11-30')).toBeUndefined();
    expect(relationRuleOn(fujian, '2024-06-01')?.allowed).toEqual([
      'spouse',
      'father',
      'mother',
      'child',
    ]);
    const national = relationRuleOn(fujian, '2024-12-01');
    expect(national?.source.doc).toBe('国办发〔2024〕38号');
    expect(national?.allowed).toContain('maternal-grandchild');
  });

  it('has the premium table with sources, later years marked as assumed', () => {
    expect(premiumFor(fujian, 2023)).toMatchObject({
      premiumFen: 38_000,
      source: { basis: 'official' },
    });
    expect(premiumFor(fujian, 2024)).toMatchObject({
      premiumFen: 40_000,
      source: { doc: '医保发〔2024〕19号' },
    });
    expect(premiumFor(fujian, 2025)?.source.basis).toBe('reported');
    expect(premiumFor(fujian, 2026)?.source.basis).toBe('assumed');
    expect(premiumFor(fujian, 2030)).toBeUndefined();
  });

  it('opens the main period 1 Sep–31 Dec for the next year and a grace period to end of February', () => {
    expect(windowFor(fujian, 2027, '2026-08-31')).toMatchObject({
      open: false,
      window: { kind: 'main', opensOn: '2026-09-01' },
    });
    expect(windowFor(fujian, 2027, '2026-09-01')).toMatchObject({
      open: true,
      window: { kind: 'main', benefitsFrom: 'year-start' },
    });
    expect(windowFor(fujian, 2027, '2027-01-15')).toMatchObject({
      open: true,
      window: { kind: 'grace', closesOn: '2027-02-28', benefitsFrom: 'payment-day' },
    });
    // A leap year's February has 29 days.
    expect(windowFor(fujian, 2028, '2028-02-29').open).toBe(true);
    expect(windowFor(fujian, 2027, '2027-03-01')).toEqual({ open: false, window: null });
  });
});
