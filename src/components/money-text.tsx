import { useTranslation } from 'react-i18next';

/**
 * Integer fen as yuan with two decimals and grouped thousands, in the one form each language
 * uses everywhere in the app (`1,234.50 元`, `¥1,234.50`; the estimator's figures read the same).
 * The amount is formatted without a currency style, whose symbol differs by locale ("CN¥").
 */
export function MoneyText({ fen }: { fen: number }) {
  const { t } = useTranslation();
  const amount = (fen / 100).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return <span className="money">{t('app.money', { amount })}</span>;
}
