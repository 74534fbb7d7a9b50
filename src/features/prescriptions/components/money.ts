import type { TFunction } from 'i18next';

/** Money inside a sentence, in the same form as MoneyText (`12.50 元`, `¥12.50`). */
export function formatFen(t: TFunction, fen: number): string {
  const amount = (fen / 100).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return t('app.money', { amount });
}
