import { useTranslation } from 'react-i18next';

/** Integer fen shown as yuan with two decimals, in the reader's locale. */
export function formatFen(fen: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
  }).format(fen / 100);
}

export function MoneyText({ fen }: { fen: number }) {
  const { i18n } = useTranslation();
  return <span className="money">{formatFen(fen, i18n.language)}</span>;
}
