import { cleanNumericInput } from '@/lib/clean-input';
import { formatFenAsYuan, parseYuanToFen } from '@/rules/money';

// Seven digits of 元: far above any drug's unit price.
const MAX_PRICE_FEN = 999_999_999;

/**
 * Yuan as typed at the counter ("12.8", "12.80") to integer fen, or null when it is not an
 * amount. Digits are read as text, never through a float, so 0.29 is 29 fen and not 28.999….
 * Zero passes: the backend refuses it with its own code (SETTLEMENT_PRICE_INVALID), shown as is.
 */
export function parseYuan(text: string): number | null {
  const parsed = parseYuanToFen(cleanNumericInput(text), { maxFen: MAX_PRICE_FEN });
  return parsed.ok ? parsed.fen : null;
}

/** Fen as the price field shows it: "12.80". */
export function fenToYuanText(fen: number): string {
  return formatFenAsYuan(fen, { grouping: false });
}

/** A whole quantity as typed, or null. The backend keeps the range (1–999) and says so. */
export function parseQuantity(text: string): number | null {
  const digits = cleanNumericInput(text).trim();
  return /^\d{1,4}$/.test(digits) ? Number(digits) : null;
}
