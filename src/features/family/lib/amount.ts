/**
 * An amount typed in 元, to integer fen, without floating point: the digits are split at the
 * point and joined as integers, so "0.29" is 29 fen and never 28.999…. Full-width digits and
 * points (what a Chinese keyboard may type), spaces and thousands separators are normalised.
 */
export type AmountError = 'empty' | 'format' | 'decimals' | 'zero' | 'negative';

export type AmountResult = { ok: true; fen: number } | { ok: false; error: AmountError };

/** Full-width ０–９, ．and the ideographic full stop become ASCII; spaces and commas go. */
export function normaliseAmount(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\uff0e\u3002]/g, '.')
    .replace(/[\uff0d\u2212]/g, '-')
    .replace(/[\s,\uff0c]/g, '');
}

// Far above any personal account; keeps the fen inside Number's exact integers.
const MAX_DIGITS = 9;

export function parseYuan(text: string): AmountResult {
  const value = normaliseAmount(text);
  if (value === '') return { ok: false, error: 'empty' };
  if (value.startsWith('-')) {
    return /^-\d*\.?\d*$/.test(value) && /\d/.test(value)
      ? { ok: false, error: 'negative' }
      : { ok: false, error: 'format' };
  }
  const match = /^(\d*)(?:\.(\d*))?$/.exec(value);
  if (!match || value === '.') return { ok: false, error: 'format' };
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return { ok: false, error: 'format' };
  if (fraction.length > 2) return { ok: false, error: 'decimals' };
  if (whole.replace(/^0+/, '').length > MAX_DIGITS) return { ok: false, error: 'format' };
  const fen = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (fen === 0) return { ok: false, error: 'zero' };
  return { ok: true, fen };
}

/** Fen as 元 with two decimals, for inputs and links (no grouping). */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
