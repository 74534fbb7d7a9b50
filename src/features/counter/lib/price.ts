import { formatFenAsYuan } from '@/rules/money';

/**
 * Yuan as typed at the counter ("12.8", "12.80") to integer fen, or null when it is not an
 * amount. Digits are read as text, never through a float, so 0.29 is 29 fen and not 28.999….
 * Zero passes: the backend refuses it with its own code (SETTLEMENT_PRICE_INVALID), shown as is.
 */
export function parseYuan(text: string): number | null {
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (match === null) return null;
  const [, whole = '0', fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Fen as the price field shows it: "12.80". */
export function fenToYuanText(fen: number): string {
  return formatFenAsYuan(fen, { grouping: false });
}

/** A whole quantity as typed, or null. The backend keeps the range (1–999) and says so. */
export function parseQuantity(text: string): number | null {
  return /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null;
}
