import { addDays } from './dates';
import { inForceOn, type DatedValue, type Parameter } from './parameters';
import { cqEmployeeOutpatient } from './policies/cq-employee-outpatient';
import { fzDrgInpatient } from './policies/fz-drg-inpatient';
import { sxPharmacyPooling } from './policies/sx-pharmacy-pooling';
import type { AskWhen, Policy, PolicyInput, PolicyKey, Scheme } from './policy-model';
import { POLICY_INPUTS } from './policy-model';
import type {
  ByEnrolment,
  ByStatus,
  Member,
  PolicyDefinition,
  PolicyInfo,
  RegionCode,
  SourceRef,
} from './types';

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

// ---------------------------------------------------------------------------------------------
// The rules as one day's snapshot, in the shape screens and callers had before dated values.

type Snapshot<T> = DatedValue<T> & { value: T };

function on<T>(parameter: Parameter<T>, date: string): Snapshot<T> {
  const value = inForceOn(parameter, date) ?? inForceOn(parameter, parameter[0]?.from ?? date);
  if (value === undefined) throw new RangeError(`no value in force on ${date}`);
  return value;
}

function rule(id: string, parameter: Parameter<unknown>, date: string) {
  const { source, basis } = on(parameter, date);
  return { id, source, basis };
}

function byStatus<T>(table: ByStatus<Parameter<T>>, date: string): ByStatus<T> {
  return { employed: on(table.employed, date).value, retired: on(table.retired, date).value };
}

function byEnrolment(table: ByEnrolment<Parameter<number>>, date: string): ByEnrolment<number> {
  return {
    unit: on(table.unit, date).value,
    'individual-tier1': on(table['individual-tier1'], date).value,
    'individual-tier2': on(table['individual-tier2'], date).value,
  };
}

/** The policy's rules as they stand on `date` (its first day when not given). */
export function definitionOn(policy: Policy, date?: string): PolicyDefinition {
  const period = policyPeriod(policy);
  const day = date ?? period.from;
  const { deductible, ratio, cap } = policy;
  const definition: PolicyDefinition = {
    id: policy.aliases[0],
    region: policy.region,
    titleKey: policy.titleKey,
    regionKey: policy.regionKey,
    effectiveFrom: period.from,
    effective: rule(policy.period.id, policy.period.values, period.from),
    coverage: {
      ...rule(policy.coverage.id, policy.coverage.values, day),
      kinds: on(policy.coverage.values, day).value,
    },
    otherSchemes: rule(policy.otherSchemes.id, policy.otherSchemes.values, day),
    deductible:
      deductible.per === 'none'
        ? { ...rule(deductible.id, deductible.values, day), per: 'none' }
        : deductible.per === 'visit'
          ? {
              ...rule(deductible.id, deductible.amountFen.employed, day),
              per: 'visit',
              amountFen: byStatus(deductible.amountFen, day),
              waiver: rule(deductible.waiver.id, deductible.waiver.values, day),
            }
          : {
              ...rule(deductible.id, deductible.amountFen.employed, day),
              per: 'calendar-year',
              amountFen: byStatus(deductible.amountFen, day),
            },
    ratio:
      ratio.by === 'flat'
        ? { ...rule(ratio.id, ratio.bp.employed, day), by: 'flat', bp: byStatus(ratio.bp, day) }
        : {
            ...rule(ratio.id, ratio.bp.employed[1], day),
            by: 'institution-level',
            bp: {
              employed: {
                1: on(ratio.bp.employed[1], day).value,
                2: on(ratio.bp.employed[2], day).value,
                3: on(ratio.bp.employed[3], day).value,
              },
              retired: {
                1: on(ratio.bp.retired[1], day).value,
                2: on(ratio.bp.retired[2], day).value,
                3: on(ratio.bp.retired[3], day).value,
              },
            },
            pharmacy: rule(ratio.pharmacy.id, ratio.pharmacy.values, day),
          },
    cap:
      cap.per === 'none'
        ? { ...rule(cap.id, cap.values, day), per: 'none' }
        : {
            ...rule(cap.id, cap.amountFen.employed.unit, day),
            per: 'calendar-year',
            amountFen: {
              employed: byEnrolment(cap.amountFen.employed, day),
              retired: byEnrolment(cap.amountFen.retired, day),
            },
          },
    account: rule(policy.account.id, policy.account.values, day),
    cash: rule(policy.cash.id, policy.cash.values, day),
  };
  return period.to === undefined ? definition : { ...definition, effectiveTo: period.to };
}

/** The rules of a policy id as they stand on its first day: the shape before dated values. */
export function findPolicy(id: unknown): PolicyDefinition | undefined {
  const policy = findDatedPolicy(id);
  return policy === undefined ? undefined : definitionOn(policy);
}

/** The full rule data of a policy on `date` (its first day by default), for screens. */
export function getPolicyDefinition(id: PolicyId, date?: string): PolicyDefinition {
  const policy = findDatedPolicy(id);
  if (policy === undefined) throw new RangeError(`getPolicyDefinition: unknown policy ${id}`);
  return definitionOn(policy, date);
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
    kinds: on(policy.coverage.values, period.from).value,
    sources: sourcesOf(policy),
  };
  return period.to === undefined ? info : { ...info, effectiveTo: period.to };
}

/** What the UI lists: one entry per bundled policy, with every source its rules cite. */
export const policies: readonly PolicyInfo[] = Object.freeze(DATED_POLICIES.map(toInfo));

/** The bundled policies as dated data. */
export const datedPolicies: readonly Policy[] = DATED_POLICIES;
