import { capOn, type CapOnDay } from './formulas/cap';
import { deductibleOn, type DeductibleOnDay } from './formulas/deductible';
import { ratioOn, type RatioOnDay } from './formulas/ratio';
import type { RulesPolicyKey } from './message-keys';
import { clauseOn, inForceOn, requiredOn, ruleRef } from './parameters';
import type { Policy, PolicyKey } from './policy-model';
import { findDatedPolicy, policyKey, policyPeriod } from './policy-registry';
import type { ClaimKind, Member, RegionCode, RuleRef } from './types';

/*
 * The one shape in which screens and the engine read a policy: its rules as they stand for one
 * member on one day, each with the reference a trace cites and the day its value came into force.
 * Generic plumbing: each rule's own reading is its formula's `…On` function (src/rules/formulas).
 */

export interface LawOnDay {
  /** Today's id of the policy (its first alias), and its canonical key. */
  readonly id: string;
  readonly key: PolicyKey;
  readonly region: RegionCode;
  readonly titleKey: RulesPolicyKey;
  readonly regionKey: RulesPolicyKey;
  /** The day read: the day asked for, or the nearest day the policy is in force. */
  readonly day: string;
  /** The next day any of this policy's parameters changes; null when none does. */
  readonly until: string | null;
  /** Inclusive, YYYY-MM-DD. */
  readonly effectiveFrom: string;
  /** Inclusive; absent while the policy has no stated end. */
  readonly effectiveTo?: string;
  readonly effective: RuleRef;
  readonly coverage: RuleRef;
  readonly kinds: readonly ClaimKind[];
  readonly otherSchemes: RuleRef;
  readonly deductible: DeductibleOnDay;
  readonly ratio: RatioOnDay;
  readonly cap: CapOnDay;
  /** The personal account pays the person's share while its balance lasts. */
  readonly account: RuleRef;
  /** Whatever is left is the person's to pay. */
  readonly cash: RuleRef;
}

/** Every date on which something in the policy changes, ascending, without repeats. */
export function policyChangeDates(policy: Policy): string[] {
  const dates = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const entry of node) {
        if (typeof entry === 'object' && entry !== null && 'from' in entry && 'source' in entry) {
          dates.add(String((entry as { from: unknown }).from));
        }
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const child of Object.values(node)) visit(child);
    }
  };
  visit(policy);
  return [...dates].sort();
}

// Policy data never changes once built (fixtures are new objects), so its walk is done once.
const changeDatesOf = new WeakMap<Policy, readonly string[]>();

function cachedChangeDates(policy: Policy): readonly string[] {
  let dates = changeDatesOf.get(policy);
  if (dates === undefined) {
    dates = policyChangeDates(policy);
    changeDatesOf.set(policy, dates);
  }
  return dates;
}

/** The kinds of claim the policy covers on `date`; before it starts, those it will cover first. */
export function kindsCoveredOn(policy: Policy, date: string): readonly ClaimKind[] {
  return (inForceOn(policy.coverage.values, date) ?? policy.coverage.values[0])?.value ?? [];
}

/**
 * A policy (bundled, by id or key; or policy data such as a draft or a test fixture) as it stands
 * for `member` on `date`. A screen may ask about a day outside the policy's period, e.g. the
 * meters of a year before it began: it then reads the policy's first (or last) day.
 */
export function lawOn(policy: Policy | string, member: Member, date: string): LawOnDay {
  const data = typeof policy === 'string' ? findDatedPolicy(policy) : policy;
  if (data === undefined) throw new RangeError(`lawOn: unknown policy ${String(policy)}`);
  const period = policyPeriod(data);
  const day =
    date < period.from
      ? period.from
      : period.to !== undefined && date > period.to
        ? period.to
        : date;
  const { status, enrolment } = member;
  const law: LawOnDay = {
    id: data.aliases[0],
    key: policyKey(data),
    region: data.region,
    titleKey: data.titleKey,
    regionKey: data.regionKey,
    day,
    until: cachedChangeDates(data).find((d) => d > day) ?? null,
    effectiveFrom: period.from,
    effective: clauseOn(data.period, day),
    coverage: ruleRef(data.coverage.id, requiredOn(data.coverage.values, day, data.coverage.id)),
    kinds: kindsCoveredOn(data, day),
    otherSchemes: clauseOn(data.otherSchemes, day),
    deductible: deductibleOn(data.deductible, status, day),
    ratio: ratioOn(data.ratio, status, day),
    cap: capOn(data.cap, status, enrolment, day),
    account: clauseOn(data.account, day),
    cash: clauseOn(data.cash, day),
  };
  return period.to === undefined ? law : { ...law, effectiveTo: period.to };
}
