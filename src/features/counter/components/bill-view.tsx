import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settlement } from '@/api-contract/settlement';
import { confirm } from '@/components/confirm';
import { DataText } from '@/components/data-text';
import { Money } from '@/components/money';
import { useMoney } from '@/components/use-money';
import { sourceDocKeys } from '@/rules';
import { useCancelSettlement } from '../api/cancel-settlement';
import { useDispenseSettlement } from '../api/dispense-settlement';
import { useRefundSettlement } from '../api/refund-settlement';
import { settlementStepParams } from '../lib/step-params';
import { formatChinaTime } from '../lib/time';
import { useCounterErrorText } from '../lib/error-text';

const STATUS_TAG: Record<Settlement['status'], string> = {
  pending: 'tag tag--warn',
  paid: 'tag tag--ok',
  cancelled: 'tag',
  refunded: 'tag',
};

function Figure({ label, fen, strong = false }: { label: string; fen: number; strong?: boolean }) {
  return (
    <div className={strong ? 'counter-totals__strong' : undefined}>
      <dt>{label}</dt>
      <dd>
        <Money fen={fen} />
      </dd>
    </div>
  );
}

function BillSteps({ bill }: { bill: Settlement }) {
  const { t } = useTranslation();
  return (
    <details className="counter-steps">
      <summary className="counter-steps__summary">{t('counter.bill.steps')}</summary>
      <ol className="counter-steps__list">
        {bill.trace.map((step, i) => {
          const doc = sourceDocKeys(step.source.doc);
          return (
            <li key={`${i}-${step.ruleId}`} className="counter-steps__item">
              <p>{t(step.messageKey, settlementStepParams(step))}</p>
              <p className="counter-steps__source muted small">
                {doc === undefined
                  ? t('counter.bill.sourceUnknown')
                  : t('counter.bill.source', {
                      title: t(doc.title),
                      issuer: t(doc.issuer),
                      number: t(doc.number),
                    })}
                {/* The clause is cited as the document numbers it, in its own language. */}
                <DataText>{step.source.clause}</DataText>
              </p>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

interface BillViewProps {
  bill: Settlement;
  visitId: string;
}

/** One bill as the counter sees it: lines, the split, why, and what can be done with it now. */
export function BillView({ bill, visitId }: BillViewProps) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const titleId = useId();
  const cancel = useCancelSettlement();
  const dispense = useDispenseSettlement();
  const refund = useRefundSettlement();
  const actionError = cancel.error ?? dispense.error ?? refund.error;
  const errorText = useCounterErrorText(actionError);
  const variables = { visitId, settlementId: bill.id, institutionId: bill.institution.id };
  const busy = cancel.isPending || dispense.isPending || refund.isPending;
  const time = (ms: number) => formatChinaTime(ms, i18n.language);
  const reset = () => {
    cancel.reset();
    dispense.reset();
    refund.reset();
  };

  return (
    <article className="card stack counter-bill" aria-labelledby={titleId}>
      <div className="counter-bill__head">
        <h3 id={titleId} className="card__title">
          {t('counter.bill.title')} {bill.settlementNo}
        </h3>
        <p className={STATUS_TAG[bill.status]}>{t(`counter.bill.status.${bill.status}`)}</p>
      </div>
      <p className="muted small">{t('counter.bill.claimDate', { date: bill.claimDate })}</p>

      <ul className="counter-lines" aria-label={t('counter.bill.items')}>
        {bill.items.map((item) => (
          <li key={item.drugCode} className="counter-lines__item">
            <p className="counter-lines__name">
              <DataText>{item.name}</DataText>{' '}
              <span className="muted small">
                <DataText>{item.spec}</DataText>
              </span>
            </p>
            <p className="small">
              {item.quantity} <DataText>{item.unit}</DataText>{' '}
              {t('counter.bill.itemLine', { price: money(item.unitPriceFen) })} ={' '}
              <Money fen={item.amountFen} />
            </p>
            <p className="small">
              {t('counter.bill.inScope')} <Money fen={item.inScopeFen} />
              {item.cashFen > 0 ? (
                <>
                  {' · '}
                  {t('counter.bill.cash')} <Money fen={item.cashFen} />
                  {item.cashReason ? ` (${t(`counter.bill.reason.${item.cashReason}`)})` : null}
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>

      <dl className="definition-list counter-totals">
        <Figure label={t('counter.bill.total')} fen={bill.totalFen} strong />
        <Figure label={t('counter.bill.policyRange')} fen={bill.policyRangeFen} />
        {bill.outsideClaim.map((part) => (
          <Figure
            key={part.reason}
            label={t('counter.bill.outsideClaim', {
              reason: t(`counter.bill.reason.${part.reason}`),
            })}
            fen={part.amountFen}
          />
        ))}
        <Figure label={t('counter.bill.fund')} fen={bill.fundFen} />
        <Figure label={t('counter.bill.account')} fen={bill.accountFen} />
        <Figure label={t('counter.bill.cashTotal')} fen={bill.cashFen} strong />
      </dl>
      {bill.accountShort ? <p className="notice">{t('counter.bill.accountShort')}</p> : null}

      <BillSteps bill={bill} />

      {/* The status line is polled; a live region says when the person has paid. */}
      <div role="status" className="counter-bill__status">
        {bill.status === 'pending' ? (
          <>
            <p>{t('counter.bill.waiting')}</p>
            {bill.lastPaymentProblem ? (
              <p className="muted small">
                {t(`counter.bill.lastProblem.${bill.lastPaymentProblem}`)}
              </p>
            ) : null}
          </>
        ) : null}
        {bill.status === 'paid' && bill.payment ? (
          <p>
            {t('counter.bill.paidWith', {
              time: time(bill.payment.paidAtMs),
              account: money(bill.payment.accountFen),
              mobile: money(bill.payment.mobileFen),
              channel: t(`counter.bill.channel.${bill.payment.channel ?? 'none'}`),
            })}
          </p>
        ) : null}
        {bill.dispensedAtMs !== null ? (
          <p>{t('counter.bill.dispensed', { time: time(bill.dispensedAtMs) })}</p>
        ) : null}
        {bill.status === 'paid' && bill.refundableUntilMs !== null ? (
          <p className="muted small">
            {t('counter.bill.refundUntil', { time: time(bill.refundableUntilMs) })}
          </p>
        ) : null}
      </div>

      {errorText ? (
        <p role="alert" className="field__error">
          {errorText}
        </p>
      ) : null}

      <div className="counter-actions">
        {bill.status === 'pending' ? (
          <button
            type="button"
            className="btn btn--danger"
            disabled={busy}
            onClick={async () => {
              reset();
              if (await confirm(t('counter.bill.cancelConfirm'))) cancel.mutate(variables);
            }}
          >
            {t('counter.bill.cancel')}
          </button>
        ) : null}
        {bill.status === 'paid' && bill.dispensedAtMs === null ? (
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy}
            onClick={() => {
              reset();
              dispense.mutate(variables);
            }}
          >
            {t('counter.bill.dispense')}
          </button>
        ) : null}
        {bill.status === 'paid' ? (
          <button
            type="button"
            className="btn btn--secondary"
            disabled={busy}
            onClick={async () => {
              reset();
              if (await confirm(t('counter.bill.refundConfirm'))) refund.mutate(variables);
            }}
          >
            {t('counter.bill.refund')}
          </button>
        ) : null}
      </div>
    </article>
  );
}
