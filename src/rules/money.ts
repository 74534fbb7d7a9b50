import { RULES_ERROR, type RulesErrorKey } from './message-keys';
import type { MessageParams } from './types';

/*
 * Money is integer fen (分) everywhere; ratios are integer basis points (1 % = 100 bp).
 * Each rounding is a named function so a reader sees where a fen can be gained or lost.
 */

export const FEN_PER_YUAN = 100;
export const BP_PER_WHOLE = 10_000;

/**
 * The largest single amount the engine accepts (100,000,000 元). With at most MAX_CLAIMS
 * claims, sums stay far below 2^53 and `amount × ratio` stays a safe integer.
 */
export const MAX_AMOUNT_FEN = 10_000_000_000;

/** Default ceiling for amounts a person types in the estimator: 10,000,000 元. */
export const MAX_INPUT_FEN = 1_000_000_000;

/** Safe, non-negative integer: a valid amount of fen. */
export function isFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

// ---------------------------------------------------------------------------------------------
// Rounding, as dinero.js names it: each mode turns `dividend / divisor` (safe integers, divisor
// positive) into a whole number. JS `%` is exact on safe integers and keeps the dividend's sign,
// so `dividend - remainder` divides exactly and every mode is a choice between two integers.

/** How a quotient becomes a whole number of fen. */
export type Rounding = (dividend: number, divisor: number) => number;

/** The quotient truncated towards zero, and what is left (with the dividend's sign). */
function truncate(dividend: number, divisor: number): { quotient: number; remainder: number } {
  const remainder = dividend % divisor;
  return { quotient: (dividend - remainder) / divisor, remainder };
}

/** Towards −∞ (floor). */
export const down: Rounding = (dividend, divisor) => {
  const { quotient, remainder } = truncate(dividend, divisor);
  return remainder < 0 ? quotient - 1 : quotient;
};

/** Towards +∞ (ceiling). */
export const up: Rounding = (dividend, divisor) => {
  const { quotient, remainder } = truncate(dividend, divisor);
  return remainder > 0 ? quotient + 1 : quotient;
};

/** To the nearest; a tie goes towards +∞ (−0.5 → 0, 0.5 → 1). */
export const halfUp: Rounding = (dividend, divisor) => {
  const { quotient, remainder } = truncate(dividend, divisor);
  const twice = 2 * Math.abs(remainder);
  if (twice < divisor) return quotient;
  if (twice > divisor) return remainder > 0 ? quotient + 1 : quotient - 1;
  return remainder > 0 ? quotient + 1 : quotient;
};

/** To the nearest; a tie goes to the even neighbour (banker's rounding: 0.5 → 0, 1.5 → 2). */
export const halfEven: Rounding = (dividend, divisor) => {
  const { quotient, remainder } = truncate(dividend, divisor);
  const twice = 2 * Math.abs(remainder);
  const away = remainder > 0 ? quotient + 1 : quotient - 1;
  if (twice < divisor) return quotient;
  if (twice > divisor) return away;
  return quotient % 2 === 0 ? quotient : away;
};

const NOT_INTEGERS = 'integer fen and basis points required';
const NOT_EXACT = 'the product is beyond exact integers';

/**
 * amountFen × ratioBp / 10,000, rounded to the fen by `rounding`. The product is checked to be
 * a safe integer, so the result is exact; amounts the engine accepts are always far inside.
 */
export function mulRatio(amountFen: number, ratioBp: number, rounding: Rounding): number {
  if (!Number.isSafeInteger(amountFen) || !Number.isSafeInteger(ratioBp)) {
    throw new RangeError(`mulRatio: ${NOT_INTEGERS} (${amountFen}, ${ratioBp})`);
  }
  const product = amountFen * ratioBp;
  if (!Number.isSafeInteger(product)) {
    throw new RangeError(`mulRatio: ${amountFen} × ${ratioBp}: ${NOT_EXACT}`);
  }
  return rounding(product, BP_PER_WHOLE);
}

/** amountFen × ratioBp / 10,000, half-up to the fen: how the pool's share is rounded. */
export function mulRatioHalfUp(amountFen: number, ratioBp: number): number {
  return mulRatio(amountFen, ratioBp, halfUp);
}

/** amountFen × ratioBp / 10,000, rounded down to the fen. */
export function mulRatioFloor(amountFen: number, ratioBp: number): number {
  return mulRatio(amountFen, ratioBp, down);
}

/** Whole yuan to fen; for data and tests written in yuan. */
export function yuanToFen(yuan: number): number {
  const fen = yuan * FEN_PER_YUAN;
  if (!Number.isSafeInteger(yuan) || !Number.isSafeInteger(fen)) {
    throw new RangeError(`yuanToFen: whole yuan required (${yuan})`);
  }
  return fen;
}

export function sumFen(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** '1,234.56' (or '1234.56' without grouping); no currency sign, the UI adds it. */
export function formatFenAsYuan(fen: number, options: { grouping?: boolean } = {}): string {
  if (!Number.isSafeInteger(fen))
    throw new RangeError(`formatFenAsYuan: integer fen required (${fen})`);
  const negative = fen < 0;
  const abs = negative ? -fen : fen;
  const cents = abs % FEN_PER_YUAN;
  let whole = String((abs - cents) / FEN_PER_YUAN);
  if (options.grouping !== false) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Basis points as a percent string without needless zeros: 6000 → '60', 6250 → '62.5'. */
export function formatBpAsPercent(bp: number): string {
  if (!Number.isSafeInteger(bp))
    throw new RangeError(`formatBpAsPercent: integer bp required (${bp})`);
  const negative = bp < 0;
  const abs = negative ? -bp : bp;
  const frac = abs % 100;
  const whole = (abs - frac) / 100;
  const fracText = frac === 0 ? '' : `.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return `${negative ? '-' : ''}${whole}${fracText}`;
}

export type ParseYuanResult =
  | { readonly ok: true; readonly fen: number }
  | { readonly ok: false; readonly code: RulesErrorKey; readonly params: MessageParams };

/**
 * Turns what a person typed into fen, for form validation (never throws).
 * Accepts full-width digits and punctuation from Chinese keyboards ('１２．３４', '。' as the
 * decimal point), a leading ¥/￥, a trailing 元, and correct thousands grouping ('1,234.5').
 */
export function parseYuanToFen(text: unknown, options: { maxFen?: number } = {}): ParseYuanResult {
  const maxFen = options.maxFen ?? MAX_INPUT_FEN;
  if (typeof text !== 'string') return failure(RULES_ERROR.amountNotANumber);
  let s = normaliseAmountText(text).trim();
  if (s.startsWith('¥')) s = s.slice(1).trimStart();
  if (s.endsWith('元')) s = s.slice(0, -1).trimEnd();
  if (s === '') return failure(RULES_ERROR.amountEmpty);

  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trimStart();
  }
  const match = AMOUNT_PATTERN.exec(s);
  const intText = match?.[1] ?? '';
  const fracText = match?.[2];
  if (match === null || (intText === '' && (fracText === undefined || fracText === ''))) {
    return failure(RULES_ERROR.amountNotANumber);
  }
  if (negative) return failure(RULES_ERROR.negativeFen);
  if (fracText !== undefined && fracText.length > 2) {
    return failure(RULES_ERROR.amountTooManyDecimals, { maxDecimals: 2 });
  }
  const digits = intText.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  // 14+ integer digits is beyond any ceiling we allow and beyond exact doubles once in fen.
  if (digits.length > 13) return failure(RULES_ERROR.amountTooLarge, { maxFen });
  const fen =
    Number(digits === '' ? '0' : digits) * FEN_PER_YUAN + Number((fracText ?? '').padEnd(2, '0'));
  if (fen > maxFen) return failure(RULES_ERROR.amountTooLarge, { maxFen });
  return { ok: true, fen };
}

// Either plain digits or correctly grouped digits, then an optional fraction; '12.' and '.5' pass.
const AMOUNT_PATTERN = /^(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d*))?$/;

function failure(code: RulesErrorKey, params: MessageParams = {}): ParseYuanResult {
  return { ok: false, code, params };
}

/** Full-width ASCII forms (U+FF01–FF5E) to ASCII, ideographic space and full stop, minus signs. */
export function normaliseAmountText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0x3002)
      out += '.'; // 。 typed as the decimal point on Chinese keyboards
    else if (c === 0xffe5)
      out += '¥'; // ￥ full-width yuan sign
    else if (c === 0x2212)
      out += '-'; // − minus sign
    else out += text[i];
  }
  return out;
}
