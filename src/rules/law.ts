import { decidingEntryOn, inForceOn, type Citation, type Parameter } from './parameters';
import type { Clause, Policy } from './policy-model';
import type {
  ClaimKind,
  Enrolment,
  InstitutionLevel,
  MemberStatus,
  MessageParams,
  RuleRef,
} from './types';

/*
 * A policy's rules as they stand for one member on one day: the numbers the formulas take and
 * the rule references the trace cites, each saying since when its value has been in force.
 * The engine looks again only when a claim's date reaches `until`.
 */

export interface LawOnDay {
  /** The next day any of this policy's parameters changes; null when none does. */
  readonly until: string | null;
  readonly otherSchemes: RuleRef;
  readonly deductible:
    | {
        readonly per: 'calendar-year' | 'visit';
        readonly amountFen: number;
        readonly rule: RuleRef;
        readonly waiver: RuleRef;
        readonly params: MessageParams;
      }
    | { readonly per: 'none'; readonly rule: RuleRef };
  readonly ratio: {
    readonly byLevel: boolean;
    readonly bp: Readonly<Record<InstitutionLevel, number>>;
    readonly rule: Readonly<Record<InstitutionLevel, RuleRef>>;
    readonly pharmacy: RuleRef;
    readonly params: Readonly<Record<InstitutionLevel, MessageParams>>;
  };
  /** capFen null: no cap applies on this day (none stated, or a null line ended it). */
  readonly cap: {
    readonly capFen: number | null;
    readonly rule: RuleRef;
    readonly params: MessageParams;
  };
  readonly account: RuleRef;
  readonly cash: RuleRef;
}

const NO_PARAMS: MessageParams = Object.freeze({});

function ref(id: string, citation: Citation, from: string): RuleRef {
  return Object.freeze({ id, source: citation.source, basis: citation.basis, inForceFrom: from });
}

/** A parameter that must have a value on `date`; its absence is a bug in the policy data. */
function required<T>(parameter: Parameter<T>, date: string, what: string) {
  const value = inForceOn(parameter, date);
  if (value === undefined) throw new RangeError(`${what}: no value in force on ${date}`);
  return value;
}

function clauseRef(clause: Clause, date: string): RuleRef {
  const value = required(clause.values, date, clause.id);
  return ref(clause.id, value, value.from);
}

const LEVELS: readonly InstitutionLevel[] = [1, 2, 3];

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

/** The policy's rules for a member with `status` and `enrolment` on `date`. */
export function lawOn(
  policy: Policy,
  status: MemberStatus,
  enrolment: Enrolment,
  date: string,
  changeDates: readonly string[] = policyChangeDates(policy),
): LawOnDay {
  const { deductible, ratio, cap } = policy;

  let deductibleLaw: LawOnDay['deductible'];
  const amount =
    deductible.per === 'none' ? undefined : decidingEntryOn(deductible.amountFen[status], date);
  if (deductible.per === 'none') {
    deductibleLaw = {
      per: 'none',
      rule: clauseRef({ id: deductible.id, values: deductible.values }, date),
    };
  } else if (amount === undefined) {
    throw new RangeError(`${deductible.id}: no value in force on ${date}`);
  } else if (amount.value === null) {
    // A null line ends the deductible: from then on none is charged, citing that line.
    deductibleLaw = { per: 'none', rule: ref(deductible.id, amount, amount.from) };
  } else {
    const rule = ref(deductible.id, amount, amount.from);
    deductibleLaw = {
      per: deductible.per,
      amountFen: amount.value,
      rule,
      waiver: deductible.per === 'visit' ? clauseRef(deductible.waiver, date) : rule,
      params: Object.freeze({ deductibleFen: amount.value }),
    };
  }

  const bp = {} as Record<InstitutionLevel, number>;
  const ratioRules = {} as Record<InstitutionLevel, RuleRef>;
  const ratioParams = {} as Record<InstitutionLevel, MessageParams>;
  for (const level of LEVELS) {
    const parameter = ratio.by === 'institution-level' ? ratio.bp[status][level] : ratio.bp[status];
    const value = required(parameter, date, `${ratio.id}.${status}`);
    bp[level] = value.value;
    ratioRules[level] = ref(ratio.id, value, value.from);
    const params: Record<string, number> = { ratioBp: value.value };
    if (ratio.by === 'institution-level') params.level = level;
    ratioParams[level] = Object.freeze(params);
  }
  const pharmacy =
    ratio.by === 'institution-level' ? clauseRef(ratio.pharmacy, date) : ratioRules[1];

  let capLaw: LawOnDay['cap'];
  if (cap.per === 'none') {
    capLaw = {
      capFen: null,
      rule: clauseRef({ id: cap.id, values: cap.values }, date),
      params: NO_PARAMS,
    };
  } else {
    // A null line ends the cap: from then on the trace cites the line that ended it.
    const entry = decidingEntryOn(cap.amountFen[status][enrolment], date);
    if (entry === undefined) throw new RangeError(`${cap.id}: no value in force on ${date}`);
    capLaw = {
      capFen: entry.value,
      rule: ref(cap.id, entry, entry.from),
      params: entry.value === null ? NO_PARAMS : Object.freeze({ capFen: entry.value }),
    };
  }

  return {
    until: changeDates.find((d) => d > date) ?? null,
    otherSchemes: clauseRef(policy.otherSchemes, date),
    deductible: deductibleLaw,
    ratio: {
      byLevel: ratio.by === 'institution-level',
      bp,
      rule: ratioRules,
      pharmacy,
      params: ratioParams,
    },
    cap: capLaw,
    account: clauseRef(policy.account, date),
    cash: clauseRef(policy.cash, date),
  };
}

/** The kinds of claim the policy covers on `date`; before it starts, those it will cover first. */
export function kindsCoveredOn(policy: Policy, date: string): readonly ClaimKind[] {
  return (inForceOn(policy.coverage.values, date) ?? policy.coverage.values[0])?.value ?? [];
}
