import { describe, expect, it } from 'vitest';
import { listText } from './list-text';

describe('listText', () => {
  it('joins Chinese with 、 and English with commas and "and"', () => {
    expect(listText(['父亲', '母亲', '子女'], 'zh-CN')).toBe('父亲、母亲、子女');
    expect(listText(['Father', 'Mother', 'Child'], 'en-US')).toBe('Father, Mother, and Child');
    expect(listText(['2026', '2027'], 'en-US')).toBe('2026 and 2027');
    expect(listText([], 'en-US')).toBe('');
  });
});
