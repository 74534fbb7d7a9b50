import { TRACE_CODE_LENGTH } from '@/api-contract/trace-codes';

/*
 * A drug traceability code as people type, paste or scan it: printed in groups on the box
 * (`81234 56789 01234 56789`), copied with a zero-width space from a chat, typed with a Chinese
 * keyboard's full-width digits (８１２３…). The API takes 20 ASCII digits and nothing else, so the
 * phone tidies those up first and names what is still wrong before anything is sent.
 */

// Spaces of every kind (the ideographic U+3000 and no-break U+00A0 among them), zero-width
// characters (U+200B–U+200D, U+2060, U+FEFF) and dashes (ASCII, U+2010–U+2015, minus U+2212,
// full-width U+FF0D) carry nothing: they are how the code was grouped, not part of it.
const SEPARATORS = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff\-\u2010-\u2015\u2212\uff0d]/g;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;

/** The code with full-width digits made ASCII and every separator gone. */
export function normaliseTraceCode(raw: string): string {
  return raw
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(SEPARATORS, '');
}

export type TraceCodeProblem =
  { kind: 'empty' } | { kind: 'notDigits' } | { kind: 'length'; count: number };

/** What is wrong with a normalised code, or null when it is 20 digits. */
export function traceCodeProblem(code: string): TraceCodeProblem | null {
  if (code === '') return { kind: 'empty' };
  if (!/^\d+$/.test(code)) return { kind: 'notDigits' };
  if (code.length !== TRACE_CODE_LENGTH) return { kind: 'length', count: code.length };
  return null;
}
