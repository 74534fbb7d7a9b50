import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PremiumReceipt } from '@/api-contract/family';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { Money } from '@/components/money';
import { Skeleton } from '@/components/skeleton';
import { maskIdNumber, maskName } from '@/lib/mask';
import { useMoney } from '@/components/use-money';
import { usePremiumReceipt } from '../api/get-premium-receipt';
import { SourceNote } from './source-note';
import '../i18n/family-strings';
import './family.css';

function localTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function ShareButtons({ receipt }: { receipt: PremiumReceipt }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [copied, setCopied] = useState(false);
  // Masked, like the screen: a shared receipt travels further than the phone it was made on.
  const text = t('family.receipt.shareText', {
    receiptNo: receipt.receiptNo,
    name: maskName(receipt.relativeName),
    year: receipt.year,
    money: money(receipt.amountFen),
    paidAt: localTime(receipt.paidAt),
  });
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <div className="family-actions family-no-print">
      {canShare ? (
        <button
          type="button"
          className="btn btn--primary"
          onClick={() =>
            void navigator.share({ title: t('family.receipt.title'), text }).catch(() => {
              // Cancelled by the person, or refused: the print and copy buttons remain.
            })
          }
        >
          {t('family.receipt.share')}
        </button>
      ) : null}
      <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
        {t('family.receipt.print')}
      </button>
      <button
        type="button"
        className="btn btn--secondary"
        onClick={() =>
          void navigator.clipboard
            ?.writeText(text)
            .then(() => setCopied(true))
            .catch(() => setCopied(false))
        }
      >
        {t('family.receipt.copy')}
      </button>
      {copied ? (
        <p className="small" role="status">
          {t('family.receipt.copied')}
        </p>
      ) : null}
    </div>
  );
}

/** The receipt of one premium payment: shareable (Web Share), printable, copyable. */
export function ReceiptView({ id }: { id: string }) {
  const { t } = useTranslation();
  const receipt = usePremiumReceipt(id);
  if (receipt.isPending) return <Skeleton lines={6} />;
  if (receipt.isError) {
    return <ErrorView error={receipt.error} onRetry={() => void receipt.refetch()} />;
  }
  const r = receipt.data;
  return (
    <>
      <section className="card family-receipt" aria-labelledby="receipt-title">
        <h2 id="receipt-title" className="card__title">
          {r.status === 'paid' ? t('family.pay.done') : t('family.receipt.statusRefunded')}
        </h2>
        <dl className="definition-list">
          <div>
            <dt>{t('family.receipt.receiptNo')}</dt>
            <dd>{r.receiptNo}</dd>
          </div>
          <div>
            <dt>{t('family.receipt.relative')}</dt>
            <dd>
              <DataText>{maskName(r.relativeName)}</DataText>
            </dd>
          </div>
          <div>
            <dt>{t('family.receipt.idNumber')}</dt>
            <dd>{maskIdNumber(r.relativeIdNumber)}</dd>
          </div>
          <div>
            <dt>{t('family.receipt.relation')}</dt>
            <dd>{t(`family.relation.${r.relation}`)}</dd>
          </div>
          <div>
            <dt>{t('family.receipt.year')}</dt>
            <dd>{r.year}</dd>
          </div>
          <div>
            <dt>{t('family.receipt.amount')}</dt>
            <dd data-testid="receipt-amount">
              <Money fen={r.amountFen} />
            </dd>
          </div>
          <div>
            <dt>{t('family.receipt.paidAt')}</dt>
            <dd>{localTime(r.paidAt)}</dd>
          </div>
          <div>
            <dt>{t('family.receipt.benefitsFrom')}</dt>
            <dd>{r.benefitsFrom}</dd>
          </div>
          <div>
            <dt>{t('family.receipt.region')}</dt>
            <dd>
              <DataText>{r.regionName}</DataText>
            </dd>
          </div>
          <div>
            <dt>{t('family.receipt.status')}</dt>
            <dd>
              {r.status === 'paid'
                ? t('family.receipt.statusPaid')
                : t('family.receipt.statusRefunded')}
            </dd>
          </div>
        </dl>
        <SourceNote source={r.premiumSource} />
      </section>
      <ShareButtons receipt={r} />
      <Link className="btn btn--secondary btn--block family-no-print" to="/family/history">
        {t('family.receipt.viewHistory')}
      </Link>
    </>
  );
}
