import { chinaDateOf } from '@/rules/dates';
import type { RecordEntry, Records } from '@/api-contract/records';
import { findDatedPolicy, lawOn } from '@/rules';
import {} from './family-ledger';
import { settlementOut } from './settlement';
import type { StoreState, Tx } from './store/store';

type View = StoreState | Tx;

/** The calendar year of an instant in China, where the records are kept. */
export function chinaYear(ms: number): number {
  return Number(chinaDateOf(ms).slice(0, 4));
}

/**
 * The year's deductible and cap under the person's policy, as the estimator's meters draw them:
 * the amounts in force at the year's end (parameters are dated).
 */
function yearLimits(
  view: View,
  personId: string,
  year: number,
): { policyId: string | null; deductibleFen: number | null; capFen: number | null } {
  const person = view.persons.get(personId);
  const policyId = person?.insurance.policyId ?? null;
  const dated = policyId === null ? undefined : findDatedPolicy(policyId);
  if (person === undefined || dated === undefined) {
    return { policyId: null, deductibleFen: null, capFen: null };
  }
  const { status, enrolment } = person.insurance;
  const { deductible, cap } = lawOn(dated, { status, enrolment }, `${year}-12-31`);
  return {
    policyId,
    deductibleFen: deductible.per === 'calendar-year' ? deductible.amountFen : null,
    capFen: cap.capFen,
  };
}

/**
 * One person's medical-expense records of `year`: each settlement that was billed (a withdrawn
 * bill never happened for the person and is left out), its refund as its own line, and every
 * other movement of the personal account. A settlement's account share is its ledger entry, so
 * the lines' account amounts add up to the account's change over the year.
 */
export function recordsOf(view: View, personId: string, year: number, atMs: number): Records {
  const entries: RecordEntry[] = [];
  const years = new Set<number>([year]);
  const totals = {
    settlementCount: 0,
    totalFen: 0,
    policyRangeFen: 0,
    fundFen: 0,
    accountPaidFen: 0,
    cashFen: 0,
    deductibleUsedFen: 0,
    capUsedFen: 0,
    accountCreditedFen: 0,
    accountSpentFen: 0,
  };

  for (const record of view.settlements.where('personId', personId)) {
    if (record.status === 'cancelled') continue;
    const billedYear = Number(record.claimDate.slice(0, 4));
    years.add(billedYear);
    if (record.refundedAtMs !== null) years.add(chinaYear(record.refundedAtMs));
    const out = settlementOut(view, record);
    const bill = {
      id: out.id,
      settlementNo: out.settlementNo,
      institutionName: out.institution.name,
      status: out.status,
      totalFen: out.totalFen,
      policyRangeFen: out.policyRangeFen,
      fundFen: out.fundFen,
      accountFen: out.accountFen,
      cashFen: out.cashFen,
    };
    if (billedYear === year) {
      // Paid (or still to pay) counts toward the year; the account moves only once paid.
      const atBill = record.paidAtMs ?? record.createdAtMs;
      const paidFromAccount = record.paidAtMs === null ? 0 : out.accountFen;
      entries.push({
        id: `rec-${record.id}`,
        kind: 'settlement',
        atMs: atBill,
        accountFen: -paidFromAccount,
        settlement: bill,
      });
      if (record.status !== 'refunded') {
        totals.settlementCount += 1;
        totals.totalFen += out.totalFen;
        totals.policyRangeFen += out.policyRangeFen;
        totals.fundFen += out.fundFen;
        totals.accountPaidFen += out.accountFen;
        totals.cashFen += out.cashFen;
        // Spent: what has left the account for medical bills (a refund gives it back).
        if (record.paidAtMs !== null) totals.accountSpentFen += out.accountFen;
        totals.deductibleUsedFen += record.split.deductibleAppliedFen;
        totals.capUsedFen += record.split.poolFen;
      }
    }
    if (record.refundedAtMs !== null && chinaYear(record.refundedAtMs) === year) {
      entries.push({
        id: `rec-${record.id}-refund`,
        kind: 'refund',
        atMs: record.refundedAtMs,
        accountFen: record.paidAtMs === null ? 0 : out.accountFen,
        settlement: bill,
      });
    }
  }

  for (const entry of view.ledger.where('personId', personId)) {
    if (entry.account !== 'personal') continue;
    years.add(chinaYear(entry.atMs));
    if (chinaYear(entry.atMs) !== year) continue;
    if (
      entry.kind === 'credit' &&
      entry.movementId === undefined &&
      entry.settlementId === undefined
    )
      totals.accountCreditedFen += entry.amountFen;
    // Settlements and refunds are their own lines above.
    if (entry.settlementId !== undefined) continue;
    entries.push({
      id: `rec-${entry.id}`,
      kind:
        entry.movementId !== undefined
          ? 'family-transfer'
          : entry.kind === 'opening-balance'
            ? 'carried-over'
            : 'credit',
      atMs: entry.atMs,
      accountFen: entry.amountFen,
      settlement: null,
    });
  }

  entries.sort((a, b) => b.atMs - a.atMs || a.id.localeCompare(b.id));
  const limits = yearLimits(view, personId, year);
  return {
    year,
    asOfMs: atMs,
    years: [...years].filter((y) => y <= chinaYear(atMs)).sort((a, b) => b - a),
    policyId: limits.policyId,
    totals: {
      ...totals,
      deductibleFen: limits.deductibleFen,
      capFen: limits.capFen,
    },
    entries,
  };
}
