import { formatFenAsYuan, parseYuanToFen, RULES_ERROR, type ParseYuanResult } from '@/rules';

/**
 * An amount typed in 元, to integer fen, by the rules module's parser (no floating point;
 * full-width digits and points, spaces, ¥ and 元 and thousands separators are accepted), with
 * the family screens' own reasons, and 0 refused: nothing moves for nothing.
 */
export type AmountError = 'empty' | 'format' | 'decimals' | 'zero' | 'negative';

export type AmountResult = { ok: true; fen: number } | { ok: false; error: AmountError };

// Far above any personal account (under 10 digits of 元).
const MAX_FEN = 999_999_999_99;

function reasonOf(failure: Extract<ParseYuanResult, { ok: false }>): AmountError {
  switch (failure.code) {
    case RULES_ERROR.amountEmpty:
      return 'empty';
    case RULES_ERROR.negativeFen:
      return 'negative';
    case RULES_ERROR.amountTooManyDecimals:
      return 'decimals';
    default:
      return 'format';
  }
}

export function parseYuan(text: string): AmountResult {
  const parsed = parseYuanToFen(text, { maxFen: MAX_FEN });
  if (!parsed.ok) return { ok: false, error: reasonOf(parsed) };
  if (parsed.fen === 0) return { ok: false, error: 'zero' };
  return { ok: true, fen: parsed.fen };
}

/** Fen as 元 with two decimals, for inputs and links (no grouping). */
export function fenToYuanText(fen: number): string {
  return formatFenAsYuan(fen, { grouping: false });
}
