import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFenAsYuan } from '@/rules/money';

/** Integer fen → the money text a sentence or a figure shows. */
export type FormatMoney = (fen: number) => string;

/**
 * The one way money is written on screen (`1,234.50 元`, `¥1,234.50`): the rules module's integer
 * formatter, grouped, inside the one `app.money` string. Sentences take the result as an
 * interpolation so no string builds its own number and unit.
 */
export function useMoney(): FormatMoney {
  const { t } = useTranslation();
  return useCallback(
    (fen: number) =>
      // The sign goes before the currency sign ("-¥12.00", not "¥-12.00"), in either language.
      fen < 0
        ? `-${t('app.money', { amount: formatFenAsYuan(-fen) })}`
        : t('app.money', { amount: formatFenAsYuan(fen) }),
    [t],
  );
}
