import { RULES_STEP } from '../message-keys';
import { mulRatioHalfUp } from '../money';
import { clauseOn, requiredOn, ruleRef, type Clause, type Parameter } from '../parameters';
import { step } from '../trace';
import type {
  ByLevel,
  ByStatus,
  ClaimKind,
  InstitutionLevel,
  MemberStatus,
  MessageParams,
  RuleRef,
  TraceStep,
} from '../types';

/*
 * The pool's ratio (报销比例): its dated data in a policy file, how that data reads on a day, the
 * formula with its worked example, and the trace step that cites it.
 */

/** The rule as policy data. */
export type RatioSpec =
  | {
      readonly id: string;
      readonly by: 'institution-level';
      readonly bp: ByStatus<ByLevel<Parameter<number>>>;
      /** Pharmacy purchases are paid at the prescribing institution's level. */
      readonly pharmacy: Clause;
    }
  | { readonly id: string; readonly by: 'flat'; readonly bp: ByStatus<Parameter<number>> };

/** The rule for one member on one day, looked up by the claim's institution level. */
export interface RatioOnDay {
  readonly byLevel: boolean;
  readonly bp: ByLevel<number>;
  readonly rule: ByLevel<RuleRef>;
  /** What a pharmacy purchase cites (the level's own rule for a flat ratio). */
  readonly pharmacy: RuleRef;
  readonly params: ByLevel<MessageParams>;
}

const LEVELS: readonly InstitutionLevel[] = [1, 2, 3];

export function ratioOn(spec: RatioSpec, status: MemberStatus, date: string): RatioOnDay {
  const bp = {} as Record<InstitutionLevel, number>;
  const rule = {} as Record<InstitutionLevel, RuleRef>;
  const params = {} as Record<InstitutionLevel, MessageParams>;
  for (const level of LEVELS) {
    const parameter = spec.by === 'institution-level' ? spec.bp[status][level] : spec.bp[status];
    const value = requiredOn(parameter, date, `${spec.id}.${status}`);
    bp[level] = value.value;
    rule[level] = ruleRef(spec.id, value);
    const applied: MessageParams =
      spec.by === 'institution-level' ? { ratioBp: value.value, level } : { ratioBp: value.value };
    params[level] = Object.freeze(applied);
  }
  const byLevel = spec.by === 'institution-level';
  return {
    byLevel,
    bp,
    rule,
    pharmacy: spec.by === 'institution-level' ? clauseOn(spec.pharmacy, date) : rule[1],
    params,
  };
}

/**
 * The pool pays a ratio of what is above the deductible, rounded half-up to the fen, once per
 * claim (docs/decisions/002). The ratio itself comes from the policy's parameters: by the
 * institution's level in Chongqing (004, 第五条; a pharmacy purchase takes the prescriber's level,
 * 第十二条), flat by status in Shanxi (003) and Fuzhou (002).
 *
 * Worked example (004, 问答十九 例2): an employee at a level-3 hospital, 3,000 元 in the year,
 * 200 元 deductible → (3,000 − 200) × 50 % = 1,400 元.
 */
export function poolShare(aboveDeductibleFen: number, ratioBp: number): number {
  return mulRatioHalfUp(aboveDeductibleFen, ratioBp);
}

export function ratioStep(
  law: RatioOnDay,
  kind: ClaimKind,
  level: InstitutionLevel,
  baseFen: number,
  uncappedFen: number,
): TraceStep {
  const params = law.params[level];
  if (!law.byLevel)
    return step(law.rule[level], RULES_STEP.ratioFlat, params, baseFen, uncappedFen);
  // The ratio follows the prescribing institution's level, not the pharmacy's (004, 第十二条).
  if (kind === 'pharmacy') {
    return step(law.pharmacy, RULES_STEP.ratioPrescriberLevel, params, baseFen, uncappedFen);
  }
  return step(law.rule[level], RULES_STEP.ratioByLevel, params, baseFen, uncappedFen);
}
