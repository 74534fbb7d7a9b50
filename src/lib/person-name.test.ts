import { describe, expect, it } from 'vitest';
import { nameError, normaliseName } from './person-name';

describe('names', () => {
  it.each([
    ['王志强', null],
    ['林国华', null],
    [' 郑浩然 ', null],
    ['买买提·艾力', null],
    ['买买提•艾力', null],
    ['阿依古丽・吐尔逊', null],
    ['', 'nameRequired'],
    ['   ', 'nameRequired'],
    ['王志强2', 'nameDigits'],
    ['林国华１', 'nameDigits'],
    ['Wang Zhiqiang', 'nameLatin'],
    ['王Z', 'nameLatin'],
    ['王', 'nameLength'],
    ['·王志强', 'nameChars'],
    ['王志强·', 'nameChars'],
    ['林··国华', 'nameChars'],
    ['王志强!', 'nameChars'],
  ])('%j → %s', (input, expected) => {
    expect(nameError(input)).toBe(expected);
  });

  it('accepts a name pasted with a zero-width space or a BOM (issue 22)', () => {
    expect(nameError('张\u200B三')).toBeNull();
    expect(normaliseName('\uFEFF林国华\u200D')).toBe('林国华');
    // U+F9B4 is a compatibility form of 領 (U+9818): it looks the same and must compare the same.
    expect(normaliseName('\uF9B4')).toBe('\u9818');
  });

  it('normalises dots and spaces', () => {
    expect(normaliseName(' 买买提 . 艾力 ')).toBe('买买提·艾力');
  });
});
