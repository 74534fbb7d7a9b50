import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TransferRequest } from '@/api-contract/family';
import { ErrorView } from '@/components/error-view';
import { Money } from '@/components/money';
import { Skeleton } from '@/components/skeleton';
import { outcomeUnknown } from '@/lib/intent-keys';
import { useFamilyOverview } from '../api/get-family-overview';
import { useTransferToFamily } from '../api/transfer-to-family';
import { AmountField, checkAmount } from './amount-field';
import { OutcomeUnknown } from './outcome-unknown';
import { ReauthDialog } from '@/components/reauth/reauth-dialog';
import { useMoney } from '@/components/use-money';
import '../i18n/family-strings';
import './family.css';

/**
 * Move money in. The amount lives in the address (?amount=), so a session that ends between
 * confirm and pay brings the person back to the same form after signing in again.
 */
export function TransferForm({ phone }: { phone: string | undefined }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  // Held here for the field (typing must not wait for a navigation), mirrored into the address.
  const [amountText, setAmountText] = useState(() => params.get('amount') ?? '');
  const overview = useFamilyOverview();
  const transfer = useTransferToFamily();
  const [showErrors, setShowErrors] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [last, setLast] = useState<TransferRequest | null>(null);
  const sending = useRef(false);

  if (overview.isPending) return <Skeleton lines={3} />;
  if (overview.isError) {
    return <ErrorView error={overview.error} onRetry={() => void overview.refetch()} />;
  }
  const data = overview.data;
  if (!data.account) {
    return (
      <Link className="btn btn--primary btn--block" to="/family">
        {t('family.create.title')}
      </Link>
    );
  }

  const send = (variables: TransferRequest) => {
    // A second tap while the first is under way is the same intent: it sends nothing.
    if (sending.current) return;
    sending.current = true;
    setLast(variables);
    transfer.mutate(variables, {
      onSettled: () => {
        sending.current = false;
        setConfirming(null);
      },
    });
  };

  if (transfer.isSuccess) {
    const then = params.get('then');
    const payParams = new URLSearchParams();
    for (const key of ['relative', 'year']) {
      const value = params.get(key);
      if (value) payParams.set(key, value);
    }
    return (
      <section className="card stack" role="status" aria-labelledby="transfer-done">
        <h2 id="transfer-done" className="card__title">
          {t('family.transfer.done', {
            money: money(transfer.data.movement.amountFen),
          })}
        </h2>
        <dl className="family-balances">
          <div>
            <dt>{t('family.balances.family')}</dt>
            <dd>
              <Money fen={transfer.data.familyBalanceFen} />
            </dd>
          </div>
          <div>
            <dt>{t('family.balances.personal')}</dt>
            <dd>
              <Money fen={transfer.data.personalBalanceFen} />
            </dd>
          </div>
        </dl>
        {then === 'pay' ? (
          <Link className="btn btn--primary btn--block" to={`/family/pay?${payParams.toString()}`}>
            {t('family.transfer.continuePay')}
          </Link>
        ) : null}
        <Link className="btn btn--secondary btn--block" to="/family">
          {t('family.transfer.backHome')}
        </Link>
      </section>
    );
  }

  // An intent an earlier visit left unanswered comes back as a retry, never as a new transfer.
  const resumed = transfer.isIdle ? transfer.resumedVariables : null;
  const retryOf = last ?? resumed;
  const unknown =
    (transfer.isError && outcomeUnknown(transfer.error) && last !== null) || resumed !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    const result = checkAmount(amountText, data.personalBalanceFen);
    if (!result.ok || transfer.isPending) return;
    setConfirming(result.fen);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <fieldset disabled={unknown || transfer.isPending} className="form family-fieldset">
        <AmountField
          value={amountText}
          maxFen={data.personalBalanceFen}
          showError={showErrors}
          onChange={(text) => {
            setAmountText(text);
            setParams(
              (p) => {
                p.set('amount', text);
                return p;
              },
              { replace: true },
            );
          }}
        />
      </fieldset>
      {unknown ? (
        <OutcomeUnknown
          error={transfer.error}
          busy={transfer.isPending}
          onRetry={() => {
            if (retryOf) send(retryOf);
          }}
        />
      ) : (
        <>
          {transfer.isError ? <ErrorView error={transfer.error} /> : null}
          <button
            type="submit"
            className="btn btn--primary btn--block"
            disabled={transfer.isPending}
          >
            {t('family.transfer.submit')}
          </button>
        </>
      )}
      {confirming !== null ? (
        <ReauthDialog
          summary={t('family.transfer.summary', { money: money(confirming) })}
          phone={phone}
          onCancel={() => setConfirming(null)}
          onGranted={(grant) => {
            const amountFen = confirming;
            send({ amountFen, reauthGrant: grant });
          }}
        />
      ) : null}
    </form>
  );
}
