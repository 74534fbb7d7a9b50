import { useMoney } from './use-money';

/**
 * Integer fen as yuan with two decimals and grouped thousands, in the one form each language
 * uses everywhere in the app (`1,234.50 元`, `¥1,234.50`; the estimator's figures read the same).
 * The amount is formatted without a currency style, whose symbol differs by locale ("CN¥").
 */
export function Money({ fen }: { fen: number }) {
  const money = useMoney();
  return <span className="money">{money(fen)}</span>;
}
