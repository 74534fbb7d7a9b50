import type { TFunction } from 'i18next';
import { formatFenAsYuan } from '@/rules/money';

/** Money inside a sentence, in the same form as MoneyText (`12.50 元`, `¥12.50`). */
export function formatFen(t: TFunction, fen: number): string {
  return t('app.money', { amount: formatFenAsYuan(fen) });
}
