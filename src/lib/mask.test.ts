import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskInstitutionName, maskName, maskPhone } from './mask';

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

describe('maskInstitutionName', () => {
  it('keeps the first characters and the kind of place, drops the branch', () => {
    expect(maskInstitutionName('福建省立医院')).toBe('福建**医院');
    expect(maskInstitutionName('老百姓大药房(解放碑店)')).toBe('老**大药房');
    expect(maskInstitutionName('大参林(民族路店)')).toBe('大**');
    expect(maskInstitutionName('渝中区七星岗街道社区卫生服务中心')).toBe('渝中**社区卫生服务中心');
    expect(maskInstitutionName('药房')).toBe('药**');
  });

  it('always masks with two stars, whatever the length', () => {
    expect(maskInstitutionName('重庆医科大学附属第一医院')).toBe('重庆**医院');
    expect(maskInstitutionName('福州市鼓楼区医院')).toBe('福州**医院');
    expect(maskInstitutionName('福州仁和堂大药房(五一店)')).toBe('福州**大药房');
  });
});
