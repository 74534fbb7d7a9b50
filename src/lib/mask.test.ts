import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './mask';

describe('maskIdNumber', () => {
  it.each([
    ['350102199001011234', '350102********1234'],
    ['11010519491231002X', '110105********002X'],
    // A legacy 15-digit number keeps the same ends.
    ['110105491231002', '110105*****1002'],
    ['1234567890', '**********'],
    ['', ''],
  ])('%s → %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    [' 13812345678 ', '138****5678'],
    ['1381234', '*******'],
    ['', ''],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('maskName', () => {
  it.each([
    ['张三丰', '张*丰'],
    ['张三', '张*'],
    ['张', '*'],
    ['欧阳娜娜', '欧**娜'],
    ['司马相如啊', '司***啊'],
    ['阿卜杜拉·买买提', '阿***·**提'],
    ['𠮷野家', '𠮷*家'],
    ['John Smith', 'J*** S****'],
    ['Anne-Marie', 'A***-M****'],
    ['', ''],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('never returns the full name of two or more characters', () => {
    for (const name of ['李四', '王小明', 'Li Lei', '诸葛孔明']) {
      expect(maskName(name)).not.toBe(name);
      expect(maskName(name)).toContain('*');
    }
  });
});
