import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '@/components/use-money';

/**
 * Shares in tenths of a percent that add up to exactly 1000 (largest remainder), so the legend
 * never reads 99.9 % or 100.1 % in all. All zero when the total is zero.
 */
export function splitPerMille(values: readonly number[]): number[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  if (total <= 0) return values.map(() => 0);
  const floors = values.map((v) => Math.floor((v * 1000) / total));
  let left = 1000 - floors.reduce((sum, v) => sum + v, 0);
  const byRemainder = values
    .map((v, i) => ({ i, rem: (v * 1000) % total }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/** 675 → '67.5', 1000 → '100'. */
export function formatPerMille(perMille: number): string {
  const tenths = perMille % 10;
  return tenths === 0 ? String(perMille / 10) : `${(perMille - tenths) / 10}.${tenths}`;
}

const PARTS = ['fund', 'account', 'cash'] as const;
type Part = (typeof PARTS)[number];

interface SplitBarProps {
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

/**
 * Who pays, at a glance: one stacked bar and a legend in words. The bar is decoration (hidden
 * from screen readers, patterned as well as coloured); the legend carries every number.
 */
export function SplitBar({ fundFen, accountFen, cashFen }: SplitBarProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const titleId = useId();
  const amounts: Record<Part, number> = { fund: fundFen, account: accountFen, cash: cashFen };
  const perMille = splitPerMille(PARTS.map((p) => amounts[p]));
  return (
    <figure className="split" aria-labelledby={titleId}>
      <figcaption id={titleId} className="split__title">
        {t('estimate.result.split')}
      </figcaption>
      <div className="split__bar" aria-hidden="true">
        {PARTS.map((part, i) =>
          (perMille[i] ?? 0) > 0 ? (
            <span
              key={part}
              className={`split__seg split__seg--${part}`}
              style={{ flexGrow: perMille[i] }}
            />
          ) : null,
        )}
      </div>
      <ul className="split__legend">
        {PARTS.map((part, i) => (
          <li key={part} className="split__item">
            <span className={`split__swatch split__seg--${part}`} aria-hidden="true" />
            <span className="split__name">{t(`estimate.result.${part}`)}</span>
            <span className="split__share money">
              {t('estimate.result.share', {
                money: money(amounts[part]),
                percent: formatPerMille(perMille[i] ?? 0),
              })}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
