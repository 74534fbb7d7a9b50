import { addDays } from './dates';
import { inForceOn, requiredOn } from './parameters';
import { cqEmployeeOutpatient } from './policies/cq-employee-outpatient';
import { fzDrgInpatient } from './policies/fz-drg-inpatient';
import { sxPharmacyPooling } from './policies/sx-pharmacy-pooling';
import type { AskWhen, Policy, PolicyInput, PolicyKey, Scheme } from './policy-model';
import { POLICY_INPUTS } from './policy-model';
import type { Member, PolicyInfo, RegionCode, SourceRef } from './types';

/*
 * The bundled policies as dated data, found by id or key. What a screen or the engine reads of a
 * policy is `lawOn` (law.ts); this file only lists, names and dates them.
 */

const DATED_POLICIES = [cqEmployeeOutpatient, sxPharmacyPooling, fzDrgInpatient] as const;

/** Today's ids (one per bundled policy), kept as aliases of `${region}/${scheme}`. */
export type PolicyId = (typeof DATED_POLICIES)[number]['aliases'][0];

export const POLICY_IDS: readonly PolicyId[] = DATED_POLICIES.map((p) => p.aliases[0]);

export function policyKey(policy: Policy): PolicyKey {
  return `${policy.region}/${policy.scheme}`;
}

const BY_NAME: ReadonlyMap<string, Policy> = new Map(
  DATED_POLICIES.flatMap((p): [string, Policy][] => [
    [policyKey(p), p],
    ...p.aliases.map((alias): [string, Policy] => [alias, p]),
  ]),
);

/** The policy named by a canonical key ('CN-CQ/employee-outpatient') or an alias id. */
export function findDatedPolicy(id: unknown): Policy | undefined {
  return typeof id === 'string' ? BY_NAME.get(id) : undefined;
}

/** First day in force and, when a `null` line ends it, the last day. */
export function policyPeriod(policy: Policy): { from: string; to?: string } {
  const first = policy.period.values[0];
  if (first === undefined) throw new RangeError(`${policy.period.id}: no start`);
  const end = policy.period.values.find((entry) => entry.value === null);
  return end === undefined ? { from: first.from } : { from: first.from, to: addDays(end.from, -1) };
}

/** The bundled policy for a region and scheme in force on `date`, if any. */
export function choosePolicy(region: RegionCode, scheme: Scheme, date: string): Policy | undefined {
  return DATED_POLICIES.find(
    (p) => p.region === region && p.scheme === scheme && inForceOn(p.period.values, date),
  );
}

function asks(when: AskWhen | undefined, member: Member | undefined): boolean {
  if (when === undefined) return false;
  if (member === undefined) return true;
  if (when.status !== undefined && when.status !== member.status) return false;
  return when.enrolments === undefined || when.enrolments.includes(member.enrolment);
}

/**
 * The inputs the policy needs from this member (or from anyone, without a member), in a fixed
 * order: the estimator asks exactly these.
 */
export function policyInputs(id: string, member?: Member): readonly PolicyInput[] {
  const policy = findDatedPolicy(id);
  if (policy === undefined) return [];
  return POLICY_INPUTS.filter((input) => asks(policy.inputs[input], member));
}

/** Every distinct source a policy cites, in rule order. */
function sourcesOf(policy: Policy): SourceRef[] {
  const seen = new Set<string>();
  const sources: SourceRef[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const entry of node) visit(entry);
    } else if (typeof node === 'object' && node !== null) {
      if ('source' in node && 'from' in node) {
        const { source } = node as { source: SourceRef };
        const key = `${source.doc}\u0000${source.clause}`;
        if (!seen.has(key)) {
          seen.add(key);
          sources.push(source);
        }
        return;
      }
      for (const child of Object.values(node)) visit(child);
    }
  };
  // The account credit is not a rule of the estimate, so its sources are not listed with them.
  const { period, coverage, otherSchemes, deductible, ratio, cap, account, cash } = policy;
  visit([period, coverage, otherSchemes, deductible, ratio, cap, account, cash]);
  return sources;
}

function toInfo(policy: Policy): PolicyInfo {
  const period = policyPeriod(policy);
  const info: PolicyInfo = {
    id: policy.aliases[0],
    region: policy.region,
    titleKey: policy.titleKey,
    regionKey: policy.regionKey,
    effectiveFrom: period.from,
    kinds: requiredOn(policy.coverage.values, period.from, policy.coverage.id).value,
    sources: sourcesOf(policy),
  };
  return period.to === undefined ? info : { ...info, effectiveTo: period.to };
}

/** What the UI lists: one entry per bundled policy, with every source its rules cite. */
export const policies: readonly PolicyInfo[] = Object.freeze(DATED_POLICIES.map(toInfo));

/** The bundled policies as dated data. */
export const datedPolicies: readonly Policy[] = DATED_POLICIES;
