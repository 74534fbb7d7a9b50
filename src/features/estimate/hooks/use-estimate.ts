import { useDeferredValue, useMemo } from 'react';
import {
  estimate,
  formatFenAsYuan,
  isIsoDate,
  isRulesInputError,
  lawOn,
  messageParams,
  normaliseAmountText,
  parseYuanToFen as parseRulesYuan,
  policies,
  policyInputs,
  POLICY_IDS,
  projectYear,
  RULES_ERROR,
  MAX_VISITS_PER_MONTH,
  type Claim,
  type ClaimKind,
  type Enrolment,
  type EstimateResult,
  type MemberStatus,
  type MessageParams,
  type LawOnDay,
  type PolicyId,
  type PolicyInfo,
  type PolicyInput,
  type ProjectYearResult,
  type RulesInputPath,
  type YearSoFar,
} from '@/rules';
import type { Profile } from '@/api-contract/profile';
import type {
  ClaimDraft,
  KnownPerson,
  MemberDraft,
  ProjectionDraft,
} from '../stores/estimate-draft-store';
import { cleanNumericInput } from '@/lib/clean-input';

// What a paste brings besides the amount (a zero-width space, Arabic-Indic digits) is cleaned
// before the rules module parses it, as on the family screens.
function parseYuanToFen(text: string): ReturnType<typeof parseRulesYuan> {
  return parseRulesYuan(cleanNumericInput(text));
}

/*
 * Draft (what was typed) → rules input → result, as pure functions the screen memoises.
 * Nothing here throws: every RulesInputError becomes a message on the field it names, and the
 * claim it belongs to is left out of the result instead of losing the whole estimate.
 */

/** A translated message: an i18n key and its interpolation values. */
export interface FieldMessage {
  key: string;
  params: Record<string, string | number>;
}

export type ClaimField =
  'date' | 'kind' | 'level' | 'amount' | 'other' | 'deductibleMetAtPrescriber';
export type MemberField = 'policyId' | 'status' | 'enrolment' | 'balance' | 'age' | 'base';
/** 'year' also carries problems with no input of their own, shown as the section's notice. */
export type ProjectionField = 'visits' | 'cost' | 'kind' | 'level' | 'year';
export type FieldErrors<F extends string> = Partial<Record<F, FieldMessage>>;

/** Whatever went wrong that we did not foresee: shown, never thrown to the error boundary. */
const UNEXPECTED: FieldMessage = { key: 'estimate.error.unexpected', params: {} };

export function fieldMessage(key: string, params: MessageParams = {}): FieldMessage {
  return { key, params: messageParams(params) };
}

export function isPolicyId(id: string): id is PolicyId {
  return (POLICY_IDS as readonly string[]).includes(id);
}

/** The bundled policy by id, falling back to the first one for an id this build does not know. */
export function policyById(id: string): { info: PolicyInfo } {
  const known = isPolicyId(id) ? id : (POLICY_IDS[0] as PolicyId);
  return { info: policies.find((p) => p.id === known) ?? (policies[0] as PolicyInfo) };
}

/** The member's policy (as `policyById` picks it) as it stands for them on `day`. */
export function lawFor(
  member: Pick<MemberDraft, 'policyId' | 'status' | 'enrolment'>,
  day: string,
): LawOnDay {
  return lawOn(policyById(member.policyId).info.id, member, day);
}

// ---------------------------------------------------------------------------------------------
// Defaults

/** Plain values known about the person (their profile, or what this tab kept); all optional. */
export interface EstimatorDefaults {
  policyId?: string | null;
  status?: MemberStatus;
  enrolment?: Enrolment;
  personalAccountBalanceFen?: number;
  /** Used when birthDate is not given. */
  age?: number | null;
  birthDate?: string;
  contributionBaseFen?: number | null;
}

/** Today's date on this device, as YYYY-MM-DD (the rules module never reads the clock). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole years from birthDate to today, both YYYY-MM-DD; null when either is not a date. */
export function ageOn(birthDate: string, today: string): number | null {
  if (!isIsoDate(birthDate) || !isIsoDate(today)) return null;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const fenText = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '' : formatFenAsYuan(fen, { grouping: false });

/** The profile's facts the estimate needs, and nothing that identifies the person. */
export function knownFromProfile(profile: Profile, today: string): KnownPerson {
  const { insurance } = profile;
  return {
    policyId: insurance.policyId,
    status: insurance.status,
    enrolment: insurance.enrolment,
    personalAccountBalanceFen: insurance.personalAccountBalanceFen,
    contributionBaseFen: insurance.contributionBaseFen,
    age: ageOn(profile.birthDate, today),
  };
}

export function memberFromDefaults(defaults: EstimatorDefaults, today: string): MemberDraft {
  const age =
    defaults.birthDate === undefined ? (defaults.age ?? null) : ageOn(defaults.birthDate, today);
  return {
    policyId:
      defaults.policyId != null && isPolicyId(defaults.policyId)
        ? defaults.policyId
        : policyById('').info.id,
    status: defaults.status ?? 'employed',
    enrolment: defaults.enrolment ?? 'unit',
    balanceText: fenText(defaults.personalAccountBalanceFen),
    ageText: age === null ? '' : String(age),
    baseText: fenText(defaults.contributionBaseFen),
  };
}

/**
 * A claim dated after today is a cost the person expects, not one they had: it is counted, but
 * marked as planned so it is not mistaken for spending already done.
 */
export function isPlanned(date: string, today: string): boolean {
  return isIsoDate(date) && isIsoDate(today) && date > today;
}

/** The kind a new claim starts with: the first the policy covers. */
export function defaultKind(policyId: string): ClaimKind {
  return policyById(policyId).info.kinds[0] ?? 'outpatient';
}

// ---------------------------------------------------------------------------------------------
// Claims

export function parseClaim(draft: ClaimDraft): {
  claim: Claim | null;
  errors: FieldErrors<ClaimField>;
} {
  const errors: FieldErrors<ClaimField> = {};
  if (!isIsoDate(draft.date)) errors.date = fieldMessage(RULES_ERROR.invalidDate);

  const amount = parseYuanToFen(draft.amountText);
  if (!amount.ok) errors.amount = fieldMessage(amount.code, amount.params);

  let otherFen: number | undefined;
  if (draft.otherText.trim() !== '') {
    const other = parseYuanToFen(draft.otherText);
    if (!other.ok) errors.other = fieldMessage(other.code, other.params);
    else if (amount.ok && other.fen > amount.fen) {
      errors.other = fieldMessage(RULES_ERROR.otherSchemesExceedCost, {
        paidFen: other.fen,
        costFen: amount.fen,
      });
    } else otherFen = other.fen;
  }

  if (Object.keys(errors).length > 0 || !amount.ok) return { claim: null, errors };
  const claim: Claim = {
    id: draft.id,
    date: draft.date,
    kind: draft.kind,
    institutionLevel: draft.level,
    policyRangeFen: amount.fen,
    deductibleMetAtPrescriber: draft.deductibleMetAtPrescriber,
  };
  if (otherFen !== undefined) claim.paidByOtherSchemesFen = otherFen;
  return { claim, errors };
}

const CLAIM_FIELDS: Readonly<Record<string, ClaimField>> = {
  date: 'date',
  kind: 'kind',
  institutionLevel: 'level',
  policyRangeFen: 'amount',
  paidByOtherSchemesFen: 'other',
  deductibleMetAtPrescriber: 'deductibleMetAtPrescriber',
};

/** `['claims', 2, 'policyRangeFen']` → { index: 2, field: 'amount' }; null for other paths. */
export function claimFieldOf(path: RulesInputPath): { index: number; field: ClaimField } | null {
  const [top, index, name] = path;
  if (top !== 'claims' || typeof index !== 'number') return null;
  // A claim-level problem with no field of its own (its id, its shape) shows on the amount.
  return { index, field: CLAIM_FIELDS[String(name ?? '')] ?? 'amount' };
}

/**
 * The inputs the chosen policy asks of this member (institution level, prescriber waiver, age,
 * contribution base, enrolment): the screen shows exactly these and knows no region.
 */
export function inputsFor(
  policyId: string,
  member?: Pick<MemberDraft, 'status' | 'enrolment'>,
): (input: PolicyInput) => boolean {
  const asked = new Set<PolicyInput>(
    policyInputs(
      policyId,
      member === undefined ? undefined : { status: member.status, enrolment: member.enrolment },
    ),
  );
  return (input) => asked.has(input);
}

const NO_YEARS_SO_FAR: readonly YearSoFar[] = [];

const MEMBER_FIELDS: Readonly<Record<string, MemberField>> = {
  policyId: 'policyId',
  'member.status': 'status',
  'member.enrolment': 'enrolment',
  personalAccountBalanceFen: 'balance',
  startingBalanceFen: 'balance',
  age: 'age',
  contributionBaseFen: 'base',
};

export interface EstimateView {
  /** null when nothing can be counted or the member's own fields need fixing first. */
  result: EstimateResult | null;
  /** By claim id; only claims with a problem appear. */
  claimErrors: Readonly<Record<string, FieldErrors<ClaimField>>>;
  memberErrors: FieldErrors<MemberField>;
  /** Claims left out of the result, in the order they were entered. */
  excludedIds: readonly string[];
  /** Left out only because nothing was typed in them yet (see pendingClaimIds). */
  pendingIds: ReadonlySet<string>;
  /** Claim ids as entered, so results are numbered like the editors. */
  order: readonly string[];
}

export function parseBalance(text: string): { fen: number } | { error: FieldMessage } {
  if (text.trim() === '') return { fen: 0 };
  const parsed = parseYuanToFen(text);
  return parsed.ok ? { fen: parsed.fen } : { error: fieldMessage(parsed.code, parsed.params) };
}

export function computeEstimate(
  member: MemberDraft,
  drafts: readonly ClaimDraft[],
  /** What the year had used before these claims: from the person's records, or typed. */
  yearsSoFar: readonly YearSoFar[] = NO_YEARS_SO_FAR,
): EstimateView {
  const claimErrors: Record<string, FieldErrors<ClaimField>> = {};
  const memberErrors: FieldErrors<MemberField> = {};
  const valid: Claim[] = [];
  for (const draft of drafts) {
    const { claim, errors } = parseClaim(draft);
    if (claim === null) claimErrors[draft.id] = errors;
    else valid.push(claim);
  }
  const balance = parseBalance(member.balanceText);
  if ('error' in balance) memberErrors.balance = balance.error;

  let result: EstimateResult | null = null;
  if ('fen' in balance && valid.length > 0) {
    // The engine stops at the first bad claim; take that one out and run again, so one claim
    // the policy does not accept never hides the others' numbers.
    while (valid.length > 0) {
      try {
        result = estimate({
          policyId: member.policyId,
          member: { status: member.status, enrolment: member.enrolment },
          personalAccountBalanceFen: balance.fen,
          claims: valid,
          ...(yearsSoFar.length > 0 ? { yearsSoFar } : {}),
        });
        break;
      } catch (error) {
        if (!isRulesInputError(error)) {
          memberErrors.policyId = UNEXPECTED;
          break;
        }
        const at = claimFieldOf(error.path);
        const bad = at === null ? undefined : valid[at.index];
        if (at === null || bad === undefined) {
          memberErrors[MEMBER_FIELDS[error.field] ?? 'policyId'] = fieldMessage(
            error.code,
            error.params,
          );
          break;
        }
        claimErrors[bad.id] = { [at.field]: fieldMessage(error.code, error.params) };
        valid.splice(at.index, 1);
      }
    }
  }
  return {
    result,
    claimErrors,
    memberErrors,
    excludedIds: drafts.filter((d) => claimErrors[d.id] !== undefined).map((d) => d.id),
    pendingIds: pendingClaimIds(drafts, claimErrors),
    order: drafts.map((d) => d.id),
  };
}

/**
 * Claims left out only because nothing has been typed in them yet: no message is shown for
 * those, and they are not counted as needing a fix.
 */
export function pendingClaimIds(
  drafts: readonly ClaimDraft[],
  claimErrors: Readonly<Record<string, FieldErrors<ClaimField>>>,
): ReadonlySet<string> {
  const pending = new Set<string>();
  for (const draft of drafts) {
    const errors = Object.values(claimErrors[draft.id] ?? {});
    if (
      !draft.touched &&
      errors.length > 0 &&
      errors.every((e) => e.key === RULES_ERROR.amountEmpty)
    ) {
      pending.add(draft.id);
    }
  }
  return pending;
}

// ---------------------------------------------------------------------------------------------
// Year projection

/** Which person facts the year projection needs: those the policy's credit rule declares. */
export function projectionNeeds(member: MemberDraft): { age: boolean; base: boolean } {
  const asks = inputsFor(member.policyId, member);
  return { age: asks('age'), base: asks('contributionBase') };
}

/**
 * The projection's inputs still empty, in screen order, as their label keys, so the screen can
 * say which ones it waits for instead of "fill in the fields above".
 */
export function missingProjectionFields(member: MemberDraft, draft: ProjectionDraft): string[] {
  const needs = projectionNeeds(member);
  const empty = (text: string) => text.trim() === '';
  const missing: string[] = [];
  if (empty(draft.visitsText)) missing.push('estimate.projection.visits');
  if (empty(draft.costText)) missing.push('estimate.projection.cost');
  if (needs.age && empty(member.ageText)) missing.push('estimate.projection.age');
  if (needs.base && empty(member.baseText)) missing.push('estimate.projection.base');
  return missing;
}

function parseWhole(text: string, max: number): number | null {
  const s = normaliseAmountText(text).trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n <= max ? n : null;
}

export interface ProjectionView {
  result: ProjectYearResult | null;
  errors: FieldErrors<ProjectionField>;
  memberErrors: FieldErrors<MemberField>;
}

export function computeProjection(
  member: MemberDraft,
  draft: ProjectionDraft,
  year: number,
): ProjectionView {
  const errors: FieldErrors<ProjectionField> = {};
  const memberErrors: FieldErrors<MemberField> = {};
  const needs = projectionNeeds(member);

  const visits = parseWhole(draft.visitsText, MAX_VISITS_PER_MONTH);
  if (visits === null)
    errors.visits = fieldMessage(RULES_ERROR.invalidVisitsPerMonth, { max: MAX_VISITS_PER_MONTH });
  const cost = parseYuanToFen(draft.costText);
  if (!cost.ok) errors.cost = fieldMessage(cost.code, cost.params);
  const age = needs.age ? parseWhole(member.ageText, 150) : 0;
  if (age === null) memberErrors.age = fieldMessage(RULES_ERROR.invalidAge);
  let baseFen = 0;
  if (needs.base) {
    const base = parseYuanToFen(member.baseText);
    if (base.ok) baseFen = base.fen;
    else memberErrors.base = fieldMessage(base.code, base.params);
  }
  const balance = parseBalance(member.balanceText);
  if ('error' in balance) memberErrors.balance = balance.error;

  if (
    visits === null ||
    !cost.ok ||
    age === null ||
    'error' in balance ||
    memberErrors.base !== undefined
  ) {
    return { result: null, errors, memberErrors };
  }
  try {
    const result = projectYear({
      policyId: member.policyId,
      member: { status: member.status, enrolment: member.enrolment },
      age,
      contributionBaseFen: baseFen,
      startingBalanceFen: balance.fen,
      year,
      visitsPerMonth: visits,
      costPerVisitFen: cost.fen,
      institutionLevel: draft.level,
      kind: draft.kind,
    });
    return { result, errors, memberErrors };
  } catch (error) {
    if (!isRulesInputError(error))
      return { result: null, errors: { year: UNEXPECTED }, memberErrors };
    const text = fieldMessage(error.code, error.params);
    const field = PROJECTION_FIELDS[error.field];
    const memberField = MEMBER_FIELDS[error.field];
    if (field !== undefined) errors[field] = text;
    else if (memberField === 'age' || memberField === 'base') memberErrors[memberField] = text;
    // Anything else has no input in this section: it shows as the section's own notice.
    else errors.year = text;
    return { result: null, errors, memberErrors };
  }
}

const PROJECTION_FIELDS: Readonly<Record<string, ProjectionField>> = {
  visitsPerMonth: 'visits',
  costPerVisitFen: 'cost',
  kind: 'kind',
  institutionLevel: 'level',
  year: 'year',
};

// ---------------------------------------------------------------------------------------------
// Hooks

/**
 * The estimate for what is typed. Deferred, so typing never waits for the result: React renders
 * the inputs first and the numbers right after.
 */
export function useEstimate(
  member: MemberDraft,
  claims: readonly ClaimDraft[],
  yearsSoFar: readonly YearSoFar[] = NO_YEARS_SO_FAR,
): EstimateView {
  const deferredMember = useDeferredValue(member);
  const deferredClaims = useDeferredValue(claims);
  const deferredSoFar = useDeferredValue(yearsSoFar);
  return useMemo(
    () => computeEstimate(deferredMember, deferredClaims, deferredSoFar),
    [deferredMember, deferredClaims, deferredSoFar],
  );
}

export function useProjection(
  member: MemberDraft,
  draft: ProjectionDraft,
  year: number,
): ProjectionView {
  const deferredMember = useDeferredValue(member);
  const deferredDraft = useDeferredValue(draft);
  return useMemo(
    () => computeProjection(deferredMember, deferredDraft, year),
    [deferredMember, deferredDraft, year],
  );
}
