import { RulesInputError } from './errors';
import { estimate } from './estimate';
import { RULES_ERROR } from './message-keys';
import type {
  ClaimResult,
  EstimateResult,
  InstitutionLevel,
  Member,
  YearResult,
  YearSoFar,
} from './types';

/*
 * A bill at the counter, split the way the insurance system settles it (POLICY-FACTS
 * "Settlement"; `000`, 药店门诊统筹 step 3): what is outside pooling is the person's in cash, each
 * part with its reason; what is inside is one claim that `estimate` settles from the person's year
 * so far. The phone's pharmacy estimate and the demo backend's settlement both call this, so the
 * two can never disagree (docs/decisions/022).
 */

/** Why part of a bill is the person's own, outside the claim. */
export type CashReason =
  /** 毒、麻、精、放: pharmacy pooling may never settle them (POLICY-FACTS §3). */
  | 'not-pooled'
  /** A pharmacy may not charge above the platform price (`000`); the excess is not covered. */
  | 'above-platform-price'
  /** Delivery is the person's choice and its fee is theirs (`000`, POLICY-FACTS §3). */
  | 'delivery-fee';

export interface BillLine {
  quantity: number;
  /** What the institution charges for one pack, fen. */
  unitPriceFen: number;
  /** The platform price of one pack (挂网价), fen: the most pooling counts. */
  platformPriceFen: number;
  /** False for drugs pooling may not settle (restricted classes). */
  pooled: boolean;
}

export interface BillIn {
  claimId: string;
  policyId: string;
  member: Member;
  /** The personal account's balance available to this bill. */
  balanceFen: number;
  /** What the person's earlier settlements this calendar year used; undefined: nothing yet. */
  yearSoFar: YearSoFar | undefined;
  /** YYYY-MM-DD, China time: the settlement date decides the law and the year. */
  date: string;
  /** A pharmacy fills an outside prescription; an outpatient desk bills its own visit. */
  setting: 'pharmacy' | 'outpatient';
  /** The prescribing institution's level at a pharmacy; the institution's own at a desk. */
  institutionLevel: InstitutionLevel;
  lines: readonly BillLine[];
  deliveryFeeFen: number;
}

export interface BillLineOut {
  amountFen: number;
  /** The part that enters the claim (政策范围内). */
  inScopeFen: number;
  /** The part that is cash outside the claim, and why; null when all of it is in scope. */
  cashFen: number;
  cashReason: Exclude<CashReason, 'delivery-fee'> | null;
}

export interface BillSplit {
  lines: BillLineOut[];
  totalFen: number;
  policyRangeFen: number;
  fundFen: number;
  accountFen: number;
  /** Cash in all: the claim's cash share plus every part outside the claim. */
  cashFen: number;
  /** The cash outside the claim by reason, in a fixed order, zero amounts left out. */
  outsideClaim: { reason: CashReason; amountFen: number }[];
  /** The claim as the rules settled it, with its cited trace. */
  claim: ClaimResult;
  /** The calendar year after this claim: what to add to the year so far. */
  year: YearResult;
  /** The kind of claim the policy settled it as. */
  kind: ClaimResult['kind'];
}

function lineOut(line: BillLine, index: number): BillLineOut {
  const check = (value: number, field: string) => {
    if (!Number.isInteger(value) || value < 0) {
      throw new RulesInputError(['lines', index, field], RULES_ERROR.negativeFen, { value });
    }
  };
  check(line.quantity, 'quantity');
  check(line.unitPriceFen, 'unitPriceFen');
  check(line.platformPriceFen, 'platformPriceFen');
  const amountFen = line.quantity * line.unitPriceFen;
  if (!line.pooled) {
    return { amountFen, inScopeFen: 0, cashFen: amountFen, cashReason: 'not-pooled' };
  }
  const inScopeFen = line.quantity * Math.min(line.unitPriceFen, line.platformPriceFen);
  const excessFen = amountFen - inScopeFen;
  return {
    amountFen,
    inScopeFen,
    cashFen: excessFen,
    cashReason: excessFen > 0 ? 'above-platform-price' : null,
  };
}

/**
 * Splits a bill into fund, personal account and cash. At a pharmacy a policy without a pharmacy
 * rule (Fujian's) settles "with the same benefit as hospital outpatient care" (POLICY-FACTS §3):
 * the outpatient claim at the prescriber's level. Throws RulesInputError when the person's policy
 * covers neither (the caller says it cannot settle; nothing is charged).
 */
export function splitBill(bill: BillIn): BillSplit {
  const lines = bill.lines.map(lineOut);
  const policyRangeFen = lines.reduce((sum, line) => sum + line.inScopeFen, 0);
  const kinds =
    bill.setting === 'pharmacy' ? (['pharmacy', 'outpatient'] as const) : ['outpatient' as const];
  let result: EstimateResult | undefined;
  let lastError: unknown;
  for (const kind of kinds) {
    try {
      result = estimate({
        policyId: bill.policyId,
        member: bill.member,
        personalAccountBalanceFen: bill.balanceFen,
        claims: [
          {
            id: bill.claimId,
            date: bill.date,
            kind,
            institutionLevel: bill.institutionLevel,
            policyRangeFen,
          },
        ],
        yearsSoFar: bill.yearSoFar === undefined ? [] : [bill.yearSoFar],
      });
      break;
    } catch (error) {
      lastError = error;
      if (!(error instanceof RulesInputError) || error.code !== RULES_ERROR.kindNotCovered) {
        throw error;
      }
    }
  }
  const claim = result?.claims[0];
  const year = result?.years[0];
  if (result === undefined || claim === undefined || year === undefined) throw lastError;

  const outside = (reason: CashReason, amountFen: number) => ({ reason, amountFen });
  const sumOf = (reason: BillLineOut['cashReason']) =>
    lines.filter((line) => line.cashReason === reason).reduce((s, line) => s + line.cashFen, 0);
  const outsideClaim = [
    outside('not-pooled', sumOf('not-pooled')),
    outside('above-platform-price', sumOf('above-platform-price')),
    outside('delivery-fee', bill.deliveryFeeFen),
  ].filter((part) => part.amountFen > 0);
  const outsideFen = outsideClaim.reduce((s, part) => s + part.amountFen, 0);
  return {
    lines,
    totalFen: policyRangeFen + outsideFen,
    policyRangeFen,
    fundFen: claim.fundFen,
    accountFen: claim.accountFen,
    cashFen: claim.cashFen + outsideFen,
    outsideClaim,
    claim,
    year,
    kind: claim.kind,
  };
}
