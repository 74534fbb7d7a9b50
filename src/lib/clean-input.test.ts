import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asciiDigits,
  cleanInput,
  cleanNumericInput,
  hasForeignDigits,
  stripInvisible,
} from './clean-input';

describe('cleanInput', () => {
  it('removes a zero-width space, a BOM, a soft hyphen and bidi controls', () => {
    expect(stripInvisible('张\u200B三')).toBe('张三');
    expect(stripInvisible('\uFEFF林\u00AD国\u202E华\u2066')).toBe('林国华');
  });

  it('folds full-width letters, digits and punctuation to ASCII', () => {
    expect(cleanInput('ａＡ１')).toBe('aA1');
    expect(cleanInput('ｈｔｔｐ：／／ab.cd/x')).toBe('http://ab.cd/x');
  });

  it('keeps Chinese text and the minority-name dot', () => {
    expect(cleanInput('阿依古丽·买买提')).toBe('阿依古丽·买买提');
  });

  it('never leaves an invisible character behind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(cleanInput(s)).not.toMatch(/[\u200B-\u200F\uFEFF\u00AD\u2060-\u2064]/);
      }),
    );
  });
});

describe('digits of other scripts', () => {
  it('maps Arabic-Indic, Persian and Devanagari digits', () => {
    expect(asciiDigits('١٢٣٫٤')).toBe('123٫4');
    expect(asciiDigits('۱۲۳')).toBe('123');
    expect(asciiDigits('१२३')).toBe('123');
    expect(cleanNumericInput('１٢3')).toBe('123');
  });

  it('finds digits it does not map', () => {
    // Bengali digits are not mapped: the screens say which digits they accept.
    expect(hasForeignDigits('১২৩')).toBe(true);
    expect(hasForeignDigits('123')).toBe(false);
    expect(hasForeignDigits('abc')).toBe(false);
  });
});
