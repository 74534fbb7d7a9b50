import { useTranslation } from 'react-i18next';
import { formatFenAsYuan } from '@/rules/money';

/**
 * Integer fen as yuan with two decimals and grouped thousands, in the one form each language
 * uses everywhere in the app (`1,234.50 元`, `¥1,234.50`; the estimator's figures read the same).
 * The amount is formatted without a currency style, whose symbol differs by locale ("CN¥").
 */
export function MoneyText({ fen }: { fen: number }) {
  const { t } = useTranslation();
  // The rules module's integer formatter: no float, and no Intl formatter built per call (a
  // long records list spent most of its scrolling time building them).
  const amount = formatFenAsYuan(fen);
  return <span className="money">{t('app.money', { amount })}</span>;
}
