/*
 * What a paste or a phone keyboard brings besides the value itself: invisible characters (a
 * zero-width space copied from a chat app, a byte-order mark, bidi controls, a soft hyphen) and
 * compatibility forms (full-width "ａ", "１", "：", CJK compatibility ideographs). A value that
 * looks right on screen must check right, so every typed name, ID, phone, amount and search
 * passes through here before it is checked or compared.
 */

// Zero-width and formatting characters that render as nothing: U+00AD soft hyphen, U+180E
// Mongolian vowel separator, U+200B–U+200F zero-width and direction marks, U+202A–U+202E bidi
// embeddings, U+2060–U+2064 word joiner and invisible operators, U+2066–U+2069 bidi isolates,
// U+FEFF byte-order mark.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Removes characters that render as nothing. */
export function stripInvisible(input: string): string {
  return input.replace(INVISIBLE, '');
}

/**
 * Invisible characters removed and compatibility forms folded (NFKC): full-width letters,
 * digits and punctuation become their ASCII forms; "·" and CJK characters are kept.
 */
export function cleanInput(input: string): string {
  return stripInvisible(input).normalize('NFKC');
}

// Decimal digits of other scripts a phone keyboard may type. NFKC leaves them alone (they are
// not compatibility forms), so they are mapped by their block's zero.
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic ٠
  0x06f0, // Extended Arabic-Indic (Persian, Urdu) ۰
  0x0966, // Devanagari ०
] as const;

/** Arabic-Indic, Persian and Devanagari digits as ASCII digits; other characters unchanged. */
export function asciiDigits(input: string): string {
  let out = '';
  for (const char of input) {
    const code = char.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    out += zero === undefined ? char : String(code - zero);
  }
  return out;
}

/** True when the text holds a decimal digit that is not 0–9 (and that we do not map). */
export function hasForeignDigits(input: string): boolean {
  return /[^\d]/u.test(input.replace(/[^\p{Nd}]/gu, ''));
}

/** `cleanInput` then `asciiDigits`: for values that are numbers (amounts, codes, phones, IDs). */
export function cleanNumericInput(input: string): string {
  return asciiDigits(cleanInput(input));
}
