import { formatFenAsYuan, parseYuanToFen, RULES_ERROR, type ParseYuanResult } from '@/rules';
import { cleanNumericInput, hasForeignDigits } from '@/lib/clean-input';

/**
 * An amount typed in 元, to integer fen, by the rules module's parser, the one the estimator
 * uses (no floating point; full-width digits and points, spaces, ¥ and 元 and thousands
 * separators are accepted), with the family screens' own reasons, and 0 refused: nothing moves
 * for nothing. What a paste brings besides the amount (zero-width spaces, direction marks) is
 * dropped first, and digits a phone keyboard types in Arabic-Indic, Persian or Devanagari read as
 * the same number.
 */
export type AmountError =
  'empty' | 'format' | 'foreignDigits' | 'decimals' | 'zero' | 'negative' | 'tooLarge';

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
    // Twenty digits are digits: what is wrong is the size, as the estimator says.
    case RULES_ERROR.amountTooLarge:
      return 'tooLarge';
    default:
      return 'format';
  }
}

// An Arabic keyboard that types ٥٠٠ types its own decimal point and grouping mark with them.
function asciiSeparators(text: string): string {
  return text.replace(/\u066B/g, '.').replace(/\u066C/g, ',');
}

export function parseYuan(text: string): AmountResult {
  const cleaned = asciiSeparators(cleanNumericInput(text));
  // Digits of a script we do not read (Thai, Bengali…) are not a typo: say which digits we take.
  if (hasForeignDigits(cleaned)) return { ok: false, error: 'foreignDigits' };
  const parsed = parseYuanToFen(cleaned, { maxFen: MAX_FEN });
  if (!parsed.ok) return { ok: false, error: reasonOf(parsed) };
  if (parsed.fen === 0) return { ok: false, error: 'zero' };
  return { ok: true, fen: parsed.fen };
}

/** Fen as 元 with two decimals, for inputs and links (no grouping). */
export function fenToYuanText(fen: number): string {
  return formatFenAsYuan(fen, { grouping: false });
}
