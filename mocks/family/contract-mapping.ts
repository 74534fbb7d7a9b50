import type {
  FamilyAccount,
  FamilyBinding,
  FamilyMovement,
  FamilyOverview,
  PremiumReceipt,
  PremiumYear,
} from '@/api-contract/family';
import { chinaToday } from '../clock';
import {
  activeBindings,
  balanceFen,
  bindingStatus,
  eligibilityOf,
  openAccountOf,
} from '../family-ledger';
import {
  premiumFor,
  regionRulesFor,
  relationRuleOn,
  windowFor,
  type FamilyRegionRules,
} from '../reference/family-rules';
import type {
  FamilyAccountRecord,
  FamilyBindingRecord,
  FamilyMovementRecord,
  FamilyPremiumRecord,
} from '../store/records';
import type { StoreState, Tx } from '../store/store';
import type { DeepReadonly } from '../store/table';

/*
 * The family account's domain records (../family-ledger.ts) in the contract's shapes: the only
 * place that knows both. Balances are read from the ledger here too, never stored.
 */

type View = StoreState | Tx;

export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}

function bindingOut(view: View, binding: DeepReadonly<FamilyBindingRecord>): FamilyBinding {
  const paidYears = view.familyPremiums
    .where('personId', binding.personId)
    .filter((p) => p.bindingId === binding.id && p.refundedAtMs === null)
    .map((p) => p.year)
    .sort();
  return {
    id: binding.id,
    relation: binding.relation,
    name: binding.name,
    idNumber: binding.idNumber,
    birthDate: binding.birthDate,
    scheme: binding.scheme,
    status: bindingStatus(binding),
    verifiedBy: binding.verifiedBy,
    boundAt: isoAt(binding.boundAtMs),
    paidYears,
  };
}

function premiumYears(rules: FamilyRegionRules, today: string): PremiumYear[] {
  const thisYear = Number(today.slice(0, 4));
  const years: PremiumYear[] = [];
  for (const year of [thisYear, thisYear + 1]) {
    const figure = premiumFor(rules, year);
    if (figure === undefined) continue;
    const { window, open } = windowFor(rules, year, today);
    years.push({
      year,
      premiumFen: figure.premiumFen,
      premiumSource: figure.source,
      window,
      open,
    });
  }
  return years;
}

export function overviewOf(view: View, personId: string): FamilyOverview {
  const { reasons, rules } = eligibilityOf(view, personId);
  const person = view.persons.get(personId);
  if (person === undefined) throw new Error(`no person ${personId}`);
  const today = chinaToday();
  const account = openAccountOf(view, personId);
  const bindings = account ? activeBindings(view, account.id, personId) : [];
  const boundIds = new Set(bindings.map((b) => b.idNumber));
  const relationRule = rules ? relationRuleOn(rules, today) : undefined;
  return {
    eligibility: { eligible: reasons.length === 0, reasons },
    region:
      rules && relationRule
        ? {
            code: person.insurance.regionCode,
            name: `${rules.name}${person.insurance.regionName === rules.name ? '' : ` · ${person.insurance.regionName}`}`,
            allowedRelations: [...relationRule.allowed],
            maxRelatives: rules.maxRelatives,
            relationSource: relationRule.source,
            limitSource: rules.limitSource,
            refundRule: rules.refundRule,
          }
        : null,
    personalBalanceFen: balanceFen(view, personId, 'personal'),
    account: account ? accountOut(view, account) : null,
    relatives: bindings.map((b) => bindingOut(view, b)),
    household: view.relatives
      .where('personId', personId)
      .filter((r) => !boundIds.has(r.idNumber))
      .map((r) => ({
        id: r.id,
        relation: r.relation,
        name: r.name,
        idNumber: r.idNumber,
        scheme: r.scheme,
      })),
    premiumYears: rules ? premiumYears(rules, today) : [],
  };
}

export function movementOut(
  view: View,
  movement: DeepReadonly<FamilyMovementRecord>,
): FamilyMovement {
  const binding = movement.bindingId ? view.familyBindings.get(movement.bindingId) : undefined;
  const premium =
    movement.kind === 'premium'
      ? view.familyPremiums
          .where('personId', movement.personId)
          .find((p) => p.movementId === movement.id)
      : undefined;
  return {
    id: movement.id,
    kind: movement.kind,
    amountFen: movement.amountFen,
    at: isoAt(movement.atMs),
    status: premium && premium.refundedAtMs !== null ? 'refunded' : 'done',
    relativeId: binding?.id ?? null,
    relativeName: binding?.name ?? null,
    relation: binding?.relation ?? null,
    year: movement.year,
    receiptId: premium?.id ?? null,
  };
}

export function receiptOut(view: View, premium: DeepReadonly<FamilyPremiumRecord>): PremiumReceipt {
  const binding = view.familyBindings.get(premium.bindingId);
  const person = view.persons.get(premium.personId);
  if (binding === undefined || person === undefined) throw new Error('premium without binding');
  const rules = regionRulesFor(person.insurance.regionCode);
  const figure = rules ? premiumFor(rules, premium.year) : undefined;
  return {
    id: premium.id,
    receiptNo: premium.receiptNo,
    relativeId: binding.id,
    relativeName: binding.name,
    relativeIdNumber: binding.idNumber,
    relation: binding.relation,
    year: premium.year,
    amountFen: premium.amountFen,
    paidAt: isoAt(premium.paidAtMs),
    benefitsFrom: premium.benefitsFrom,
    regionName: person.insurance.regionName,
    status: premium.refundedAtMs === null ? 'paid' : 'refunded',
    premiumSource: figure?.source ?? { doc: '—', basis: 'assumed' },
  };
}

export function accountOut(view: View, account: DeepReadonly<FamilyAccountRecord>): FamilyAccount {
  return {
    id: account.id,
    openedAt: isoAt(account.openedAtMs),
    balanceFen: balanceFen(view, account.personId, 'family'),
    premiumsPaidFen: balanceFen(view, account.personId, 'premium'),
  };
}
