import type { CapSpec } from './formulas/cap';
import type { DeductibleSpec } from './formulas/deductible';
import type { RatioSpec } from './formulas/ratio';
import type { RulesPolicyKey } from './message-keys';
import type { Clause, DatedRule, Parameter } from './parameters';
import type { ClaimKind, Enrolment, MemberStatus, RegionCode } from './types';

export type { CapSpec, Clause, DatedRule, DeductibleSpec, RatioSpec };

/*
 * A policy as dated data (docs/decisions/016). Each rule has a stable id and dated parameters;
 * the formula it uses is named by its `per` / `by` field, and the formula's file
 * (src/rules/formulas/) also says how the rule's data reads on a day and what its trace cites.
 * Rules with no number of their own (other schemes pay first, the account pays, the rest is cash)
 * are dated `true` values, so their citation can change with the law like any number.
 */

/** What a policy is about, within a region. */
export type Scheme = 'employee-outpatient' | 'pharmacy-pooling' | 'drg-inpatient';

/** `${region}/${scheme}`: the canonical way to name a policy; today's ids are aliases of it. */
export type PolicyKey = `${RegionCode}/${Scheme}`;

/** Monthly personal-account credit (Chongqing 第九条). */
export interface AccountCreditSpec {
  readonly employed: {
    readonly id: string;
    /** Share of the person's contribution base, in basis points. */
    readonly ratioBp: Parameter<number>;
  };
  readonly retired: {
    readonly id: string;
    readonly monthlyFenUnderThreshold: Parameter<number>;
    readonly monthlyFenFromThreshold: Parameter<number>;
    readonly ageThreshold: Parameter<number>;
  };
  /** Enrolments the source gives no credit for: credited 0, and said so. */
  readonly notStated: Clause & { readonly enrolments: readonly Enrolment[] };
}

/** Facts about the person or a claim that only some policies use; the screen asks for these. */
export const POLICY_INPUTS = [
  'enrolment',
  'institutionLevel',
  'prescriberWaiver',
  'age',
  'contributionBase',
] as const;
export type PolicyInput = (typeof POLICY_INPUTS)[number];

/** When an input is asked: always (`{}`), or only of members with this status / enrolment. */
export interface AskWhen {
  readonly status?: MemberStatus;
  readonly enrolments?: readonly Enrolment[];
}

export interface Policy {
  readonly region: RegionCode;
  readonly scheme: Scheme;
  /** Ids of earlier releases, still accepted everywhere a policy id is (`policyId`). */
  readonly aliases: readonly [string, ...string[]];
  readonly titleKey: RulesPolicyKey;
  readonly regionKey: RulesPolicyKey;
  /** The inputs this policy's rules read, and of whom. */
  readonly inputs: Readonly<Partial<Record<PolicyInput, AskWhen>>>;
  /** In force from its first line; a `null` line ends the policy. */
  readonly period: Clause;
  readonly coverage: DatedRule<readonly ClaimKind[]>;
  readonly otherSchemes: Clause;
  readonly deductible: DeductibleSpec;
  readonly ratio: RatioSpec;
  readonly cap: CapSpec;
  readonly account: Clause;
  readonly cash: Clause;
  readonly accountCredit?: AccountCreditSpec;
}
