import { chinaDateOf } from '@/rules/dates';
import type { ApiErrorCode } from '@/api-contract/common';
import type { EligibilityReason, FamilyRelation } from '@/api-contract/family';
import { validateIdNumber } from '@/lib/id-number';
import { nameError, normaliseName } from '@/lib/person-name';
import { chinaToday, now } from './clock';
import { DomainError, type Outcome } from './domain-error';
import { newRandomId } from './ids';
import { randomHex } from './random';
import {
  premiumFor,
  regionRulesFor,
  relationRuleOn,
  windowFor,
  type FamilyRegionRules,
} from './reference/family-rules';
import type {
  FamilyAccountRecord,
  FamilyBindingRecord,
  FamilyMovementRecord,
  FamilyPremiumRecord,
  LedgerEntryRecord,
} from './store/records';
import type { StoreState, Tx } from './store/store';
import type { DeepReadonly } from './store/table';

/**
 * The family mutual-aid account's domain logic over one transaction (docs/decisions/012).
 * Money lives only in the ledger: every movement writes two entries that sum to zero, so
 * personal + family + premiums paid stays what the person started with, and the balances are
 * sums of entries, never stored. Every function here runs inside the caller's `transact`.
 */

type View = StoreState | Tx;
type Account = LedgerEntryRecord['account'];

/** The refusals of the family domain; the route layer gives each its endpoint's status. */
export type FamilyErrorCode = Extract<
  ApiErrorCode,
  | 'NOT_FOUND'
  | 'ID_NUMBER_INVALID'
  | 'FAMILY_NOT_ELIGIBLE'
  | 'FAMILY_ACCOUNT_EXISTS'
  | 'FAMILY_ACCOUNT_MISSING'
  | 'FAMILY_NAME_INVALID'
  | 'FAMILY_RELATIVE_SELF'
  | 'FAMILY_RELATIVE_ALREADY_BOUND'
  | 'FAMILY_RELATION_NOT_ALLOWED'
  | 'FAMILY_RELATIVE_LIMIT'
  | 'FAMILY_PROOF_REQUIRED'
  | 'FAMILY_RELATIVE_PENDING'
  | 'FAMILY_INSUFFICIENT_PERSONAL'
  | 'FAMILY_INSUFFICIENT_FAMILY'
  | 'FAMILY_WINDOW_CLOSED'
  | 'FAMILY_YEAR_NOT_OFFERED'
  | 'FAMILY_PREMIUM_ALREADY_PAID'
  | 'FAMILY_PREMIUM_CHANGED'
  | 'FAMILY_RELATIVE_EMPLOYEE_INSURED'
>;

export type FamilyOutcome<T> = Outcome<T, FamilyErrorCode>;

function refuse(
  code: FamilyErrorCode,
  message?: string,
): { ok: false; error: DomainError<FamilyErrorCode> } {
  return { ok: false, error: new DomainError(code, message === undefined ? {} : { message }) };
}

/** A relative under review is verified this long after the proof came (the demo's reviewer). */
export const PROOF_REVIEW_MS = 15_000;

export function balanceFen(view: View, personId: string, account: Account): number {
  return view.ledger
    .where('personId', personId)
    .filter((entry) => entry.account === account)
    .reduce((sum, entry) => sum + entry.amountFen, 0);
}

/**
 * The account shares of bills still to pay (docs/decisions/022): money already promised to a
 * counter, which a transfer may not take from under it.
 */
export function billedToAccountFen(view: View, personId: string): number {
  return view.settlements
    .where('personId', personId)
    .filter((s) => s.status === 'pending')
    .reduce((sum, s) => sum + s.split.accountFen, 0);
}

export function openAccountOf(
  view: View,
  personId: string,
): DeepReadonly<FamilyAccountRecord> | undefined {
  return view.familyAccounts.where('personId', personId).find((a) => a.closedAtMs === null);
}

export function activeBindings(
  view: View,
  accountId: string,
  personId: string,
): DeepReadonly<FamilyBindingRecord>[] {
  return view.familyBindings
    .where('personId', personId)
    .filter((b) => b.accountId === accountId && b.unboundAtMs === null)
    .sort((a, b) => a.boundAtMs - b.boundAtMs);
}

export function eligibilityOf(
  view: View,
  personId: string,
): { reasons: EligibilityReason[]; rules: FamilyRegionRules | undefined } {
  const person = view.persons.get(personId);
  if (person === undefined) throw new Error(`no person ${personId}`);
  const reasons: EligibilityReason[] = [];
  // Only an employee's personal account can fund mutual aid (国办发〔2021〕14号).
  if (person.insurance.scheme !== 'employee') reasons.push('not-employee');
  // The e-voucher comes from the insured-person base: a suspended voucher is suspended insurance.
  if (view.vouchers.where('personId', personId).some((v) => v.status === 'suspended')) {
    reasons.push('insurance-suspended');
  }
  const rules = regionRulesFor(person.insurance.regionCode);
  if (rules === undefined) reasons.push('region-not-supported');
  return { reasons, rules };
}

export function bindingStatus(binding: DeepReadonly<FamilyBindingRecord>): 'verified' | 'pending' {
  if (binding.verifiedBy === 'household') return 'verified';
  return now() - binding.boundAtMs >= PROOF_REVIEW_MS ? 'verified' : 'pending';
}

function relativeYearKey(idNumber: string, year: number): string {
  return `${idNumber}:${year}`;
}

/** The premium of that relative and year that stands (not refunded), whoever paid it. */
function standingPremium(
  view: View,
  idNumber: string,
  year: number,
): DeepReadonly<FamilyPremiumRecord> | undefined {
  return view.familyPremiums
    .where('relativeYear', relativeYearKey(idNumber, year))
    .find((p) => p.refundedAtMs === null);
}

/** Writes one movement and its two ledger entries, from one account to another. */
function move(
  tx: Tx,
  movement: Omit<FamilyMovementRecord, 'id' | 'atMs'>,
  from: Account,
  to: Account,
): FamilyMovementRecord {
  const atMs = now();
  const record: FamilyMovementRecord = { ...movement, id: `fmv-${randomHex(8)}`, atMs };
  tx.familyMovements.insert(record);
  const entry = (account: Account, amountFen: number, suffix: string): LedgerEntryRecord => ({
    id: `le-${record.id}-${suffix}`,
    personId: movement.personId,
    account,
    kind: amountFen < 0 ? 'debit' : 'credit',
    amountFen,
    atMs,
    movementId: record.id,
  });
  tx.ledger.insert(entry(from, -movement.amountFen, 'out'));
  tx.ledger.insert(entry(to, movement.amountFen, 'in'));
  return record;
}

export function createAccount(
  tx: Tx,
  personId: string,
): FamilyOutcome<DeepReadonly<FamilyAccountRecord>> {
  const { reasons } = eligibilityOf(tx, personId);
  if (reasons.length > 0) {
    return refuse('FAMILY_NOT_ELIGIBLE', `Not eligible: ${reasons.join(', ')}`);
  }
  if (openAccountOf(tx, personId)) return refuse('FAMILY_ACCOUNT_EXISTS');
  const person = tx.persons.get(personId);
  if (person === undefined) throw new Error(`no person ${personId}`);
  const account = tx.familyAccounts.insert({
    id: `fa-${randomHex(8)}`,
    personId,
    regionCode: person.insurance.regionCode,
    openedAtMs: now(),
    closedAtMs: null,
  });
  return { ok: true, value: account };
}

export interface BindInput {
  relation: FamilyRelation;
  name: string;
  idNumber: string;
  proof?: { fileName: string; mimeType: string; sizeBytes: number } | undefined;
}

export function bindRelative(
  tx: Tx,
  personId: string,
  input: BindInput,
): FamilyOutcome<DeepReadonly<FamilyBindingRecord>> {
  const account = openAccountOf(tx, personId);
  if (!account) return refuse('FAMILY_ACCOUNT_MISSING');
  const person = tx.persons.get(personId);
  const rules = regionRulesFor(account.regionCode);
  if (person === undefined || rules === undefined) return refuse('FAMILY_NOT_ELIGIBLE');
  const today = chinaToday();
  const name = normaliseName(input.name);
  if (nameError(name) !== null) return refuse('FAMILY_NAME_INVALID');
  const id = validateIdNumber(input.idNumber, { today });
  if (!id.valid) return refuse('ID_NUMBER_INVALID', `ID number: ${id.error}`);
  if (id.idNumber === person.idNumber) return refuse('FAMILY_RELATIVE_SELF');
  const bound = activeBindings(tx, account.id, personId);
  if (bound.some((b) => b.idNumber === id.idNumber)) {
    return refuse('FAMILY_RELATIVE_ALREADY_BOUND');
  }
  const rule = relationRuleOn(rules, today);
  if (!rule?.allowed.includes(input.relation)) {
    return refuse('FAMILY_RELATION_NOT_ALLOWED', rule?.source.doc ?? '');
  }
  if (bound.length >= rules.maxRelatives) return refuse('FAMILY_RELATIVE_LIMIT');

  // The household register the backend holds: the same person with the same relation
  // verifies at once; anyone else needs a document a reviewer looks at.
  const household = tx.relatives
    .where('personId', personId)
    .find((r) => r.idNumber === id.idNumber && r.relation === input.relation && r.name === name);
  if (household === undefined && input.proof === undefined) {
    return refuse('FAMILY_PROOF_REQUIRED');
  }
  // A relative's own insurance, as the insured-person base knows it; nobody found is resident.
  const asPerson = tx.persons.all().find((p) => p.idNumber === id.idNumber);
  const scheme = household?.scheme ?? asPerson?.insurance.scheme ?? 'resident';
  const binding = tx.familyBindings.insert({
    id: newRandomId('familyBinding'),
    personId,
    accountId: account.id,
    relation: input.relation,
    name,
    idNumber: id.idNumber,
    birthDate: id.birthDate,
    scheme,
    verifiedBy: household ? 'household' : 'proof',
    proof: household || !input.proof ? null : { ...input.proof },
    boundAtMs: now(),
    unboundAtMs: null,
  });
  return { ok: true, value: binding };
}

export function transferIn(
  tx: Tx,
  personId: string,
  amountFen: number,
  requestKey: string | null,
): FamilyOutcome<FamilyMovementRecord> {
  const account = openAccountOf(tx, personId);
  if (!account) return refuse('FAMILY_ACCOUNT_MISSING');
  if (amountFen > balanceFen(tx, personId, 'personal') - billedToAccountFen(tx, personId)) {
    return refuse('FAMILY_INSUFFICIENT_PERSONAL');
  }
  const movement = move(
    tx,
    {
      personId,
      accountId: account.id,
      kind: 'transfer-in',
      amountFen,
      bindingId: null,
      year: null,
      requestKey,
      refundOf: null,
    },
    'personal',
    'family',
  );
  return { ok: true, value: movement };
}

export interface PayInput {
  relativeId: string;
  year: number;
  amountFen: number;
}

export function payPremium(
  tx: Tx,
  personId: string,
  input: PayInput,
  requestKey: string | null,
): FamilyOutcome<DeepReadonly<FamilyPremiumRecord>> {
  const account = openAccountOf(tx, personId);
  if (!account) return refuse('FAMILY_ACCOUNT_MISSING');
  const binding = tx.familyBindings.get(input.relativeId);
  if (
    binding === undefined ||
    binding.personId !== personId ||
    binding.accountId !== account.id ||
    binding.unboundAtMs !== null
  ) {
    return refuse('NOT_FOUND', 'No such bound relative');
  }
  // Whoever paid it and with whatever key: one relative-year is paid once.
  if (standingPremium(tx, binding.idNumber, input.year)) {
    return refuse('FAMILY_PREMIUM_ALREADY_PAID');
  }
  if (bindingStatus(binding) !== 'verified') return refuse('FAMILY_RELATIVE_PENDING');
  if (binding.scheme === 'employee') return refuse('FAMILY_RELATIVE_EMPLOYEE_INSURED');
  const rules = regionRulesFor(account.regionCode);
  const figure = rules ? premiumFor(rules, input.year) : undefined;
  if (rules === undefined || figure === undefined) return refuse('FAMILY_YEAR_NOT_OFFERED');
  const at = now();
  const today = chinaDateOf(at);
  const { window, open } = windowFor(rules, input.year, today);
  if (!open || window === null) return refuse('FAMILY_WINDOW_CLOSED');
  if (input.amountFen !== figure.premiumFen) return refuse('FAMILY_PREMIUM_CHANGED');
  if (figure.premiumFen > balanceFen(tx, personId, 'family')) {
    return refuse('FAMILY_INSUFFICIENT_FAMILY');
  }
  const movement = move(
    tx,
    {
      personId,
      accountId: account.id,
      kind: 'premium',
      amountFen: figure.premiumFen,
      bindingId: binding.id,
      year: input.year,
      requestKey,
      refundOf: null,
    },
    'family',
    'premium',
  );
  const premium = tx.familyPremiums.insert({
    id: newRandomId('familyPremium'),
    personId,
    bindingId: binding.id,
    relativeYear: relativeYearKey(binding.idNumber, input.year),
    year: input.year,
    amountFen: figure.premiumFen,
    movementId: movement.id,
    receiptNo: `JF${today.replace(/-/g, '')}${randomHex(4).toUpperCase()}`,
    paidAtMs: at,
    // Main period: covered from 1 January; grace period: from the day of payment.
    benefitsFrom: window.benefitsFrom === 'year-start' ? `${input.year}-01-01` : today,
    refundedAtMs: null,
  });
  return { ok: true, value: premium };
}

/**
 * Unbinds a relative. Premiums whose benefits have not started go back to the family account
 * when the region's rule says so (the rule is data: family-rules.ts).
 */
export function unbindRelative(
  tx: Tx,
  personId: string,
  bindingId: string,
  requestKey: string | null,
): FamilyOutcome<{ refundedFen: number }> {
  const account = openAccountOf(tx, personId);
  const binding = tx.familyBindings.get(bindingId);
  if (
    !account ||
    binding === undefined ||
    binding.personId !== personId ||
    binding.unboundAtMs !== null
  ) {
    return refuse('NOT_FOUND', 'No such bound relative');
  }
  const rules = regionRulesFor(account.regionCode);
  const today = chinaToday();
  let refundedFen = 0;
  if (rules?.refundRule.onUnbind === 'unstarted-premiums-to-family') {
    const unstarted = tx.familyPremiums
      .where('personId', personId)
      .filter(
        (p) => p.bindingId === binding.id && p.refundedAtMs === null && p.benefitsFrom > today,
      );
    for (const premium of unstarted) {
      move(
        tx,
        {
          personId,
          accountId: account.id,
          kind: 'refund',
          amountFen: premium.amountFen,
          bindingId: binding.id,
          year: premium.year,
          requestKey,
          refundOf: premium.movementId,
        },
        'premium',
        'family',
      );
      tx.familyPremiums.update(premium.id, (p) => ({ ...p, refundedAtMs: now() }));
      refundedFen += premium.amountFen;
    }
  }
  tx.familyBindings.update(binding.id, (b) => ({ ...b, unboundAtMs: now() }));
  return { ok: true, value: { refundedFen } };
}

/** Closes the account: every relative unbound (with refunds), the balance back to personal. */
export function closeAccount(
  tx: Tx,
  personId: string,
  requestKey: string | null,
): FamilyOutcome<{ returnedFen: number; refundedFen: number }> {
  const account = openAccountOf(tx, personId);
  if (!account) return refuse('FAMILY_ACCOUNT_MISSING');
  let refundedFen = 0;
  for (const binding of activeBindings(tx, account.id, personId)) {
    const result = unbindRelative(tx, personId, binding.id, requestKey);
    if (!result.ok) return result;
    refundedFen += result.value.refundedFen;
  }
  const returnedFen = balanceFen(tx, personId, 'family');
  if (returnedFen > 0) {
    move(
      tx,
      {
        personId,
        accountId: account.id,
        kind: 'return',
        amountFen: returnedFen,
        bindingId: null,
        year: null,
        requestKey,
        refundOf: null,
      },
      'family',
      'personal',
    );
  }
  tx.familyAccounts.update(account.id, (a) => ({ ...a, closedAtMs: now() }));
  return { ok: true, value: { returnedFen, refundedFen } };
}
