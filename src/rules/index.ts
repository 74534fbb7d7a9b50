/*
 * The bundled rules module: the one public entry. Pure TypeScript, no React, DOM, network,
 * i18n or clock, so the estimator works offline and the numbers can be tested in Node.
 */

export {
  splitBill,
  type BillIn,
  type BillLine,
  type BillLineOut,
  type BillSplit,
  type CashReason,
} from './settlement';
export { estimate, estimateUnderPolicy, estimateWithoutTrace, MAX_CLAIMS } from './estimate';
export { kindsCoveredOn, lawOn, type LawOnDay } from './law';
export type { CapOnDay } from './formulas/cap';
export type { DeductibleOnDay } from './formulas/deductible';
export type { RatioOnDay } from './formulas/ratio';
export { RulesInputError, isRulesInputError, pathToField, type RulesInputPath } from './errors';
export {
  choosePolicy,
  datedPolicies,
  findDatedPolicy,
  policies,
  policyInputs,
  policyKey,
  policyPeriod,
  POLICY_IDS,
  type PolicyId,
} from './policy-registry';
export {
  dated,
  inForceDuring,
  inForceOn,
  type Citation,
  type DatedValue,
  type InForce,
  type Parameter,
} from './parameters';
export {
  POLICY_INPUTS,
  type AccountCreditSpec,
  type AskWhen,
  type CapSpec,
  type Clause,
  type DatedRule,
  type DeductibleSpec,
  type Policy,
  type PolicyInput,
  type PolicyKey,
  type RatioSpec,
  type Scheme,
} from './policy-model';
export {
  cqMonthlyAccountCredit,
  monthlyAccountCredit,
  type AccountCreditInput,
  type AccountCreditResult,
} from './personal-account';
export {
  projectYear,
  MAX_VISITS_PER_MONTH,
  type ProjectYearInput,
  type ProjectYearResult,
  type ProjectionMonth,
} from './project-year';
export {
  BP_PER_WHOLE,
  FEN_PER_YUAN,
  down,
  halfEven,
  halfUp,
  mulRatio,
  up,
  type Rounding,
  MAX_AMOUNT_FEN,
  MAX_INPUT_FEN,
  formatBpAsPercent,
  formatFenAsYuan,
  isFen,
  mulRatioFloor,
  mulRatioHalfUp,
  normaliseAmountText,
  parseYuanToFen,
  sumFen,
  yuanToFen,
  type ParseYuanResult,
} from './money';
export {
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  yearOfIsoDate,
  type CivilDate,
  type ParseDateResult,
  chinaDateOf,
  CHINA_UTC_OFFSET_MS,
} from './dates';
export { messageParams, traceStepMessageParams } from './message-params';
export {
  RULES_ERROR,
  RULES_MESSAGE_KEYS,
  RULES_POLICY,
  RULES_STEP,
  sourceDocKeys,
  type RulesErrorKey,
  type RulesMessageKey,
  type RulesPolicyKey,
  type RulesStepKey,
} from './message-keys';
export {
  CLAIM_KINDS,
  ENROLMENTS,
  MEMBER_STATUSES,
  type AccountCredit,
  type Basis,
  type RuleRef,
  type ByEnrolment,
  type ByLevel,
  type ByStatus,
  type Claim,
  type ClaimKind,
  type ClaimResult,
  type Enrolment,
  type EstimateInput,
  type EstimateResult,
  type InstitutionLevel,
  type Member,
  type MemberStatus,
  type MessageParams,
  type PolicyInfo,
  type RegionCode,
  type SeedDocId,
  type SourceRef,
  type TraceStep,
  type YearResult,
  type YearSoFar,
} from './types';
