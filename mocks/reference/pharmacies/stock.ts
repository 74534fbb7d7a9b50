/**
 * Which drugs a pharmacy stocks: a function of its stock seed and the drug code, the same answer
 * every time, instead of a 100,000 × catalogue table.
 */

import { hashString, mix32, unitFloat } from '../random';
import type { Pharmacy } from './generate';

/**
 * How a drug reaches pharmacies, which decides how many stock it. The prescription catalogue
 * says which applies to a drug; the stock test only needs the class.
 * - common: everyday catalogue drugs most shops keep.
 * - specialty: drugs of outpatient special diseases (the first batch of pharmacy pooling), kept
 *   mostly by pooling shops.
 * - negotiated: national negotiated drugs, dispensed under insurance only by 双通道 shops.
 */
export type DrugSupply = 'common' | 'specialty' | 'negotiated';

export interface DrugRef {
  readonly code: string;
  readonly supply?: DrugSupply;
}

/** What the stock answer reads of a pharmacy: an object's fields or a record's columns alike. */
export type StockFacts = Pick<Pharmacy, 'stockSeed' | 'outpatientPooling' | 'dualChannel'>;

function stockShare(outpatientPooling: boolean, dualChannel: boolean, supply: DrugSupply): number {
  switch (supply) {
    case 'common':
      return 0.92;
    case 'specialty':
      return outpatientPooling ? 0.55 : 0.15;
    case 'negotiated':
      // Other shops may sell them at full price, but cannot fill an insured prescription.
      return dualChannel ? 0.9 : 0;
  }
}

/** The stock answer from the three facts it depends on, for a drug code hashed once per query. */
export function stocksHashedDrug(
  stockSeed: number,
  outpatientPooling: boolean,
  dualChannel: boolean,
  drugHash: number,
  supply: DrugSupply,
): boolean {
  return unitFloat(mix32(stockSeed, drugHash)) < stockShare(outpatientPooling, dualChannel, supply);
}

/** Whether the pharmacy has the drug: the same answer every time, with no stock table. */
export function stocksDrug(
  pharmacy: StockFacts,
  drugCode: string,
  supply: DrugSupply = 'common',
): boolean {
  return stocksHashedDrug(
    pharmacy.stockSeed,
    pharmacy.outpatientPooling,
    pharmacy.dualChannel,
    hashString(drugCode),
    supply,
  );
}

/** Whether the pharmacy can fill the whole prescription. */
export function stocksAllDrugs(pharmacy: StockFacts, drugs: readonly DrugRef[]): boolean {
  return drugs.every((drug) => stocksDrug(pharmacy, drug.code, drug.supply));
}
