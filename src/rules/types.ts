import type { RulesPolicyKey, RulesStepKey } from './message-keys';

/** Seed documents in /work/shared/reference/seeds, named by their 3-digit file prefix. */
export type SeedDocId = '000' | '001' | '002' | '003' | '004';

export interface SourceRef {
  readonly doc: SeedDocId;
  /** Where in the document, in the document's own numbering (Chinese), so a reader can find it. */
  readonly clause: string;
}

/**
 * 'stated': the number or behaviour is written in the cited source.
 * 'assumed': the source is silent and we chose a behaviour; the UI should say so.
 */
export type Basis = 'stated' | 'assumed';

export const MEMBER_STATUSES = ['employed', 'retired'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const ENROLMENTS = ['unit', 'individual-tier1', 'individual-tier2'] as const;
export type Enrolment = (typeof ENROLMENTS)[number];

export const CLAIM_KINDS = ['outpatient', 'pharmacy', 'inpatient'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export type InstitutionLevel = 1 | 2 | 3;

export interface Member {
  status: MemberStatus;
  enrolment: Enrolment;
}

export interface Claim {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  kind: ClaimKind;
  /** For 'pharmacy': the level of the institution that wrote the prescription. */
  institutionLevel: InstitutionLevel;
  /** In-scope cost (政策范围内费用), integer fen ≥ 0. */
  policyRangeFen: number;
  /** Already paid by special-disease / two-disease / negotiated-drug schemes. */
  paidByOtherSchemesFen?: number;
  /** Per-visit deductibles: the prescribing visit already charged it. */
  deductibleMetAtPrescriber?: boolean;
}

/** Money paid into the personal account on a date (e.g. the monthly credit). */
export interface AccountCredit {
  /** YYYY-MM-DD; the credit is available to claims on that date and later. */
  date: string;
  amountFen: number;
}

export interface EstimateInput {
  policyId: string;
  member: Member;
  /** Before the first claim (and before any `accountCredits`). */
  personalAccountBalanceFen: number;
  /** Any order; processed by date, stable for equal dates. */
  claims: readonly Claim[];
  /** Optional dated credits; on a given date credits come before claims. */
  accountCredits?: readonly AccountCredit[];
  /**
   * What earlier claims, not in `claims`, already used of a calendar year: the deductible met
   * and what this policy's pool paid towards the cap. A settlement starts from the person's
   * settled claims this way (docs/decisions/022); the estimator from their records. At most one
   * entry per year.
   */
  yearsSoFar?: readonly YearSoFar[];
}

/** A calendar year's use before the claims of an estimate. */
export interface YearSoFar {
  year: number;
  deductibleUsedFen: number;
  poolPaidFen: number;
}

export type MessageParams = Readonly<Record<string, number | string>>;

/** A rule of a policy as a trace cites it: shared by every step that applies it. */
export interface RuleRef {
  /** Stable id of the rule, e.g. 'cq.deductible'. */
  readonly id: string;
  readonly source: SourceRef;
  readonly basis: Basis;
  /**
   * The day the value this step applied came into force (docs/decisions/016): two claims either
   * side of a change cite different dates. Absent only in rule data that predates dated values.
   */
  readonly inForceFrom?: string;
}

export interface TraceStep {
  /**
   * The rule applied, with its source and basis. One shared object per rule rather than three
   * copied fields: traces are most of what the engine allocates (docs/decisions/002).
   */
  readonly rule: RuleRef;
  /** i18n key the UI translates; `traceStepMessageParams(step)` gives its interpolation values. */
  readonly messageKey: RulesStepKey;
  /**
   * The rule's parameters as applied to this member (deductible, ratio, level, cap): plain
   * numbers, keys ending in `Fen` are fen and in `Bp` basis points. Shared between steps and frozen.
   */
  readonly params: MessageParams;
  /** The amount this step works on, before and after it (table in docs/decisions/002). */
  readonly beforeFen: number;
  readonly afterFen: number;
  /**
   * What is left of the running amount the rule keeps, before and after this claim: the year's
   * deductible still to meet, the year's cap still to pay, the account balance. null for rules
   * that keep none.
   */
  readonly remainingBeforeFen: number | null;
  readonly remainingAfterFen: number | null;
}

export interface ClaimResult {
  id: string;
  /** Position in `input.claims`, since results come in processing (date) order. */
  inputIndex: number;
  date: string;
  kind: ClaimKind;
  policyRangeFen: number;
  otherSchemesFen: number;
  /** What this policy's pool pays. */
  poolFen: number;
  /** otherSchemesFen + poolFen */
  fundFen: number;
  accountFen: number;
  cashFen: number;
  trace: TraceStep[];
}

export interface YearResult {
  year: number;
  deductibleUsedFen: number;
  poolPaidFen: number;
  /** null when the policy states no annual cap. */
  capFen: number | null;
}

export interface EstimateResult {
  policyId: string;
  /** Processing order: by date, input order among equal dates. */
  claims: ClaimResult[];
  totals: {
    policyRangeFen: number;
    otherSchemesFen: number;
    poolFen: number;
    fundFen: number;
    accountFen: number;
    cashFen: number;
    creditedFen: number;
  };
  /** Calendar years that have claims, ascending. */
  years: YearResult[];
  /** After every claim and every credit. */
  personalAccountBalanceAfterFen: number;
}

export type ByStatus<T> = Readonly<Record<MemberStatus, T>>;
export type ByEnrolment<T> = Readonly<Record<Enrolment, T>>;
export type ByLevel<T> = Readonly<Record<InstitutionLevel, T>>;

export type RegionCode = 'CN-CQ' | 'CN-SX' | 'CN-FJ';

export interface PolicyInfo {
  readonly id: string;
  readonly region: RegionCode;
  readonly titleKey: RulesPolicyKey;
  readonly regionKey: RulesPolicyKey;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly kinds: readonly ClaimKind[];
  /** Every distinct source cited by the policy's rules, in rule order. */
  readonly sources: readonly SourceRef[];
}
