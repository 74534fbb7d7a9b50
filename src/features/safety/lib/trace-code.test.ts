import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseTraceCode, traceCodeProblem } from './trace-code';

const digit = fc.constantFrom(...'0123456789');
const code20 = fc.array(digit, { minLength: 20, maxLength: 20 }).map((d) => d.join(''));
const separator = fc.constantFrom(
  ' ',
  '\u3000',
  '\u00a0',
  '\t',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '-',
  '\u2010',
  '\u2013',
  '\u2014',
  '\u2212',
  '\uff0d',
);
const toFullWidth = (d: string) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10);

describe('normaliseTraceCode', () => {
  it('turns full-width digits into ASCII and drops spaces, zero-width characters and dashes', () => {
    expect(normaliseTraceCode('８１２３4 5678-9012\u200b345\u30006789')).toBe(
      '81234567890123456789',
    );
    expect(normaliseTraceCode(' 81234 56789 01234 56789 ')).toBe('81234567890123456789');
  });

  it('gives back any 20-digit code, whatever separators and full-width digits were mixed in', () => {
    fc.assert(
      fc.property(
        code20,
        fc.array(fc.tuple(fc.nat(20), separator), { maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (code, inserts, wide) => {
          const chars = [...code].map((d, i) => (wide[i] ? toFullWidth(d) : d));
          for (const [at, sep] of inserts) chars.splice(Math.min(at, chars.length), 0, sep);
          const typed = chars.join('');
          const normalised = normaliseTraceCode(typed);
          expect(normalised).toBe(code);
          expect(traceCodeProblem(normalised)).toBeNull();
        },
      ),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = normaliseTraceCode(text);
        expect(normaliseTraceCode(once)).toBe(once);
      }),
    );
  });
});

describe('traceCodeProblem', () => {
  it('counts the digits of a code that is too short or too long', () => {
    expect(traceCodeProblem('8123456789012345678')).toEqual({ kind: 'length', count: 19 });
    expect(traceCodeProblem('812345678901234567890')).toEqual({ kind: 'length', count: 21 });
  });

  it('says only digits are allowed when a letter is in it, whatever the length', () => {
    expect(traceCodeProblem('8123456789012345678A')).toEqual({ kind: 'notDigits' });
    expect(traceCodeProblem('81O3')).toEqual({ kind: 'notDigits' });
  });

  it('wants something typed', () => {
    expect(traceCodeProblem('')).toEqual({ kind: 'empty' });
  });

  it('finds no problem in exactly 20 digits, and one in any other length of digits', () => {
    fc.assert(
      fc.property(fc.array(digit, { maxLength: 40 }), (digits) => {
        const problem = traceCodeProblem(digits.join(''));
        if (digits.length === 20) expect(problem).toBeNull();
        else expect(problem).not.toBeNull();
      }),
    );
  });
});
