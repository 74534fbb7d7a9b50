import { screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '@/test/render-with-i18n';
import { formatPerMille, SplitBar, splitPerMille } from './split-bar';

describe('splitPerMille', () => {
  it('rounds by largest remainder so the shares add up to 100 %', () => {
    expect(splitPerMille([126_000, 25_000, 29_000])).toEqual([700, 139, 161]);
    expect(splitPerMille([1, 1, 1])).toEqual([334, 333, 333]);
    expect(splitPerMille([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('always adds up to 1000 and never moves a share by a whole tenth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 3, maxLength: 3 }),
        (values) => {
          const total = values.reduce((s, v) => s + v, 0);
          fc.pre(total > 0);
          const shares = splitPerMille(values);
          expect(shares.reduce((s, v) => s + v, 0)).toBe(1000);
          shares.forEach((share, i) =>
            expect(Math.abs(share - ((values[i] ?? 0) * 1000) / total)).toBeLessThan(1),
          );
        },
      ),
    );
  });

  it('prints tenths only when there are some', () => {
    expect(formatPerMille(700)).toBe('70');
    expect(formatPerMille(139)).toBe('13.9');
    expect(formatPerMille(5)).toBe('0.5');
  });
});

describe('SplitBar', () => {
  it('gives every part in words, so nothing depends on telling colours apart', () => {
    renderWithI18n(<SplitBar fundFen={126_000} accountFen={25_000} cashFen={29_000} />);
    const figure = screen.getByRole('figure', { name: '费用构成' });
    expect(figure).toHaveTextContent('医保基金支付1,260.00 元，占 70%');
    expect(figure).toHaveTextContent('个人账户支付250.00 元，占 13.9%');
    expect(figure).toHaveTextContent('自己现金支付290.00 元，占 16.1%');
  });
});
