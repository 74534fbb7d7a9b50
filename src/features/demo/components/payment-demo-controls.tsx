import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/select-field';
import { paymentOutcomeSchema } from '@/api-contract/settlement';
import { ErrorView } from '@/components/error-view';
import { usePaymentOutcome, useSetPaymentOutcome } from '../api/payment-outcome';

/**
 * What the person's mobile payment (微信支付/支付宝) does next: goes through, is cancelled, fails,
 * or goes through with its answer lost (the phone's retry must then pay once).
 */
export function PaymentDemoControls({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const outcome = usePaymentOutcome();
  const update = useSetPaymentOutcome();
  if (outcome.isPending) return null;
  if (outcome.isError) {
    return <ErrorView error={outcome.error} onRetry={() => void outcome.refetch()} />;
  }
  return (
    <section className="card" aria-labelledby="demo-payment">
      <h2 id="demo-payment" className="card__title">
        {t('demo.payment.title')}
      </h2>
      {update.error ? <ErrorView error={update.error} /> : null}
      <SelectField
        label={t('demo.payment.next')}
        hint={t('demo.payment.hint')}
        value={outcome.data}
        onChange={(value) => {
          const next = paymentOutcomeSchema.safeParse(value);
          if (next.success) update.mutate(next.data, { onSuccess: onSaved });
        }}
      >
        {paymentOutcomeSchema.options.map((value) => (
          <option key={value} value={value}>
            {t(`demo.payment.outcome.${value}`)}
          </option>
        ))}
      </SelectField>
    </section>
  );
}
