import { chinaDateOf } from '@/rules/dates';
import {
  estimate,
  isRulesInputError,
  RULES_STEP,
  type EstimateInput,
  type TraceStep,
} from '@/rules';
import type { PrescriptionDetail } from '@/api-contract/prescriptions';
import type { Insurance } from '@/api-contract/profile';

export interface PharmacySplit {
  fundFen: number;
  accountFen: number;
  /** Cash for the pooled part plus every drug pharmacy pooling may not settle. */
  cashFen: number;
  /** Drugs outside pharmacy pooling (毒、麻、精、放), paid in full. */
  notPooledFen: number;
  /**
   * Why the fund pays nothing, read from the trace; null when it pays something or for another
   * reason. `leftFen` is the deductible still to meet after this purchase.
   */
  zeroFundReason: { per: 'year' | 'visit'; deductibleFen: number; leftFen: number } | null;
}

/** The deductible step swallowed the whole amount: that is why the fund pays 0. */
function zeroFundReason(trace: readonly TraceStep[], fundFen: number) {
  if (fundFen !== 0) return null;
  const step = trace.find(
    (s) =>
      s.messageKey === RULES_STEP.deductibleYear || s.messageKey === RULES_STEP.deductibleVisit,
  );
  if (step === undefined || step.afterFen !== 0 || step.beforeFen === 0) return null;
  const deductibleFen = step.params.deductibleFen;
  if (typeof deductibleFen !== 'number') return null;
  const per: 'year' | 'visit' = step.messageKey === RULES_STEP.deductibleYear ? 'year' : 'visit';
  const leftFen = step.remainingAfterFen ?? Math.max(0, deductibleFen - step.beforeFen);
  return { per, deductibleFen, leftFen };
}

/**
 * What settling this prescription at a pooling pharmacy would cost, split by who pays, from
 * the rules module for the person's own policy. The claim is a pharmacy claim at the level of
 * the institution that wrote the prescription: for an external prescription the ratio is the
 * prescriber's (POLICY-FACTS §4, 004 第十二条), not the pharmacy's. Undefined when the person's
 * policy is not bundled or the rules refuse the input: the screen then says it cannot estimate.
 */
export function pharmacySplit(
  rx: Pick<PrescriptionDetail, 'id' | 'items' | 'institutionLevel'>,
  insurance: Insurance,
  atMs: number,
): PharmacySplit | undefined {
  if (insurance.policyId === null) return undefined;
  const pooledFen = rx.items.filter((i) => i.poolingEligible).reduce((s, i) => s + i.amountFen, 0);
  const notPooledFen = rx.items
    .filter((i) => !i.poolingEligible)
    .reduce((s, i) => s + i.amountFen, 0);
  const input = (kind: 'pharmacy' | 'outpatient'): EstimateInput => ({
    policyId: insurance.policyId ?? '',
    member: { status: insurance.status, enrolment: insurance.enrolment },
    personalAccountBalanceFen: insurance.personalAccountBalanceFen,
    claims: [
      {
        id: rx.id,
        date: chinaDateOf(atMs),
        kind,
        institutionLevel: rx.institutionLevel,
        policyRangeFen: pooledFen,
      },
    ],
  });
  // A policy without a pharmacy rule (Fujian's) settles pharmacy pooling "with the same benefit
  // as hospital outpatient care" (POLICY-FACTS §3): the outpatient claim at the prescriber's level.
  for (const kind of ['pharmacy', 'outpatient'] as const) {
    try {
      const { totals, claims } = estimate(input(kind));
      return {
        fundFen: totals.fundFen,
        accountFen: totals.accountFen,
        cashFen: totals.cashFen + notPooledFen,
        notPooledFen,
        zeroFundReason: zeroFundReason(claims[0]?.trace ?? [], totals.fundFen),
      };
    } catch (error) {
      if (!isRulesInputError(error)) throw error;
    }
  }
  return undefined;
}
