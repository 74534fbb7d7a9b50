import { describe, expect, it } from 'vitest';
import { fenToYuanText, parseQuantity, parseYuan } from './price';

describe('counter prices', () => {
  it('reads yuan as fen without floats', () => {
    expect(parseYuan('12.8')).toBe(1_280);
    expect(parseYuan(' 0.29 ')).toBe(29);
    expect(parseYuan('7')).toBe(700);
    expect(parseYuan('0')).toBe(0);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('-1')).toBeNull();
    expect(parseYuan('')).toBeNull();
  });

  it('reads a price pasted with a zero-width space or typed in full width (issue 22)', () => {
    expect(parseYuan('12\u200B.80')).toBe(1_280);
    expect(parseYuan('１２．８')).toBe(1_280);
    expect(parseQuantity('٣')).toBe(3);
    expect(parseYuan('12345678')).toBeNull();
  });

  it('writes fen back as the field shows it, and reads whole quantities', () => {
    expect(fenToYuanText(1_280)).toBe('12.80');
    expect(fenToYuanText(5)).toBe('0.05');
    expect(parseQuantity('3')).toBe(3);
    expect(parseQuantity('1.5')).toBeNull();
  });
});
