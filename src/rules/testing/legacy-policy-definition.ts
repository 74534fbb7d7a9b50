import { findDatedPolicy, policyPeriod } from '../policy-registry';
import type { RulesPolicyKey } from '../message-keys';
import { inForceOn, type DatedValue, type Parameter } from '../parameters';
import type { Policy } from '../policy-model';
import type {
  Basis,
  ByEnrolment,
  ByLevel,
  ByStatus,
  ClaimKind,
  RegionCode,
  SourceRef,
} from '../types';

/*
 * TEST ORACLE ONLY: the one-day shape a policy had before dated parameters (docs/decisions/016),
 * which the frozen 2024 engine (legacy-estimate.ts) reads. The app reads `lawOn` instead; delete
 * this with that engine.
 */

interface Rule {
  readonly id: string;
  readonly source: SourceRef;
  readonly basis: Basis;
}

type DeductibleRule =
  | (Rule & { readonly per: 'calendar-year'; readonly amountFen: ByStatus<number> })
  | (Rule & {
      readonly per: 'visit';
      readonly amountFen: ByStatus<number>;
      /** 合并计算: the prescribing visit's deductible counts for the pharmacy purchase. */
      readonly waiver: Rule;
    })
  | (Rule & { readonly per: 'none' });

type RatioRule =
  | (Rule & {
      readonly by: 'institution-level';
      readonly bp: ByStatus<ByLevel<number>>;
      /** Pharmacy purchases use the prescriber's level; its own citation. */
      readonly pharmacy: Rule;
    })
  | (Rule & { readonly by: 'flat'; readonly bp: ByStatus<number> });

type CapRule =
  | (Rule & { readonly per: 'calendar-year'; readonly amountFen: ByStatus<ByEnrolment<number>> })
  | (Rule & { readonly per: 'none' });

export interface PolicyDefinition {
  readonly id: string;
  readonly region: RegionCode;
  readonly titleKey: RulesPolicyKey;
  readonly regionKey: RulesPolicyKey;
  /** Inclusive, YYYY-MM-DD. */
  readonly effectiveFrom: string;
  /** Inclusive; absent while the policy has no stated end. */
  readonly effectiveTo?: string;
  readonly effective: Rule;
  readonly coverage: Rule & { readonly kinds: readonly ClaimKind[] };
  readonly otherSchemes: Rule;
  readonly deductible: DeductibleRule;
  readonly ratio: RatioRule;
  readonly cap: CapRule;
  /** The personal account pays the person's share while its balance lasts. */
  readonly account: Rule;
  /** Whatever is left is the person's to pay. */
  readonly cash: Rule;
}

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
function definitionOn(policy: Policy, date?: string): PolicyDefinition {
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
