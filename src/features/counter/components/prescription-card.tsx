import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterPrescription } from '@/api-contract/settlement';
import { DataText } from '@/components/data-text';
import { TextField } from '@/components/text-field';
import { useMoney } from '@/components/use-money';
import { useCreateSettlement } from '../api/create-settlement';
import { useReviewPrescription } from '../api/review-prescription';
import { fenToYuanText, parseYuan } from '../lib/price';
import { formatChinaDate } from '../lib/time';
import { useCounterErrorText } from '../lib/error-text';
import { PriceField } from './price-field';

interface ReviewStepProps {
  visitId: string;
  prescription: CounterPrescription;
}

/** The pharmacist approves, or refuses with a reason the person will read. */
export function ReviewStep({ visitId, prescription }: ReviewStepProps) {
  const { t } = useTranslation();
  const review = useReviewPrescription();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const errorText = useCounterErrorText(review.error);
  const decided = prescription.review;

  if (decided !== null) {
    return (
      <p className={decided.decision === 'approved' ? 'tag tag--ok' : 'tag tag--warn'}>
        {decided.decision === 'approved'
          ? t('counter.review.approved')
          : t('counter.review.refused', { reason: decided.reason ?? '' })}
      </p>
    );
  }
  return (
    <div className="stack counter-review">
      <h4 className="counter-review__title">{t('counter.review.title')}</h4>
      {errorText ? (
        <p role="alert" className="field__error">
          {errorText}
        </p>
      ) : null}
      {refusing ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // The backend refuses a refusal without a reason too (REVIEW_REASON_REQUIRED).
            if (reason.trim() === '') {
              setMissing(true);
              return;
            }
            review.mutate({
              visitId,
              prescriptionId: prescription.id,
              decision: 'refused',
              reason: reason.trim(),
            });
          }}
        >
          <TextField
            label={t('counter.review.reason')}
            hint={t('counter.review.reasonHint')}
            value={reason}
            maxLength={200}
            onChange={(value) => {
              setReason(value);
              setMissing(false);
            }}
            error={missing ? t('counter.review.reasonRequired') : null}
          />
          <button type="submit" className="btn btn--danger btn--block" disabled={review.isPending}>
            {t('counter.review.confirmRefuse')}
          </button>
        </form>
      ) : null}
      <div className="counter-actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={review.isPending}
          onClick={() =>
            review.mutate({ visitId, prescriptionId: prescription.id, decision: 'approved' })
          }
        >
          {t('counter.review.approve')}
        </button>
        {refusing ? null : (
          <button
            type="button"
            className="btn btn--secondary"
            disabled={review.isPending}
            onClick={() => setRefusing(true)}
          >
            {t('counter.review.refuse')}
          </button>
        )}
      </div>
    </div>
  );
}

interface PrescriptionCardProps {
  visitId: string;
  prescription: CounterPrescription;
  /** A bill of this visit still waits for payment: no second one until it is settled. */
  blocked: boolean;
  /** This prescription already has a bill that is pending or paid. */
  billed: boolean;
}

/** A prescription sent to this pharmacy: its items, the review, then the prices and 结算. */
export function PrescriptionCard({
  visitId,
  prescription,
  blocked,
  billed,
}: PrescriptionCardProps) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const titleId = useId();
  const settle = useCreateSettlement();
  const [prices, setPrices] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      prescription.items.map((i) => [i.drugCode, fenToYuanText(i.platformPriceFen)]),
    ),
  );
  const [tried, setTried] = useState(false);
  const errorText = useCounterErrorText(settle.error);
  const approved = prescription.review?.decision === 'approved';
  const open = prescription.status === 'sent';

  const onSettle = () => {
    setTried(true);
    const items = prescription.items.map((item) => ({
      drugCode: item.drugCode,
      quantity: item.quantity,
      unitPriceFen: parseYuan(prices[item.drugCode] ?? ''),
    }));
    if (items.some((i) => i.unitPriceFen === null)) return;
    settle.mutate({
      visitId,
      request: {
        prescriptionId: prescription.id,
        items: items.map((i) => ({ ...i, unitPriceFen: i.unitPriceFen ?? 0 })),
      },
    });
  };

  return (
    <article className="card stack" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        {t('counter.rx.heading')}
        <DataText>{prescription.hospitalName}</DataText>
      </h3>
      <p className="muted small">
        {t('counter.rx.issued', { date: formatChinaDate(prescription.issuedAtMs, i18n.language) })}
        {' · '}
        {t(`counter.rx.method.${prescription.method}`)}
        {' · '}
        {t(`counter.rx.status.${prescription.status}`)}
      </p>
      <ul className="counter-lines">
        {prescription.items.map((item) => (
          <li key={item.drugCode} className="counter-lines__item">
            <p className="counter-lines__name">
              <DataText>{item.name}</DataText>{' '}
              <span className="muted small">
                <DataText>{item.spec}</DataText>
              </span>
            </p>
            <p className="small">
              {t(`counter.rx.catalogueClass.${item.catalogueClass}`)}
              {' · '}
              {item.quantity} <DataText>{item.unit}</DataText>
              {' · '}
              {t('counter.rx.platformPrice', { price: money(item.platformPriceFen) })}
            </p>
            <p className="small">
              <span className={item.pooled ? 'tag tag--ok' : 'tag tag--warn'}>
                {item.pooled ? t('counter.rx.pooled') : t('counter.rx.notPooled')}
              </span>{' '}
              <span className={item.inStock ? 'tag tag--ok' : 'tag tag--warn'}>
                {item.inStock ? t('counter.rx.inStock') : t('counter.rx.outOfStock')}
              </span>
            </p>
          </li>
        ))}
      </ul>
      {open ? <ReviewStep visitId={visitId} prescription={prescription} /> : null}
      {open && approved && !billed ? (
        <div className="stack">
          <h4 className="counter-review__title">{t('counter.price.title')}</h4>
          {prescription.items.map((item) => (
            <PriceField
              key={item.drugCode}
              name={item.name}
              unit={item.unit}
              value={prices[item.drugCode] ?? ''}
              onChange={(value) => setPrices((p) => ({ ...p, [item.drugCode]: value }))}
              platformPriceFen={item.platformPriceFen}
              showInvalid={tried}
            />
          ))}
          {errorText ? (
            <p role="alert" className="field__error">
              {errorText}
            </p>
          ) : null}
          {blocked ? <p className="muted small">{t('counter.settle.blockedPending')}</p> : null}
          <button
            type="button"
            className="btn btn--primary btn--block"
            disabled={settle.isPending || blocked}
            onClick={onSettle}
          >
            {settle.isPending ? t('counter.settle.submitting') : t('counter.settle.submit')}
          </button>
        </div>
      ) : null}
    </article>
  );
}
