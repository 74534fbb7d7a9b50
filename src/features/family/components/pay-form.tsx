import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type {
  FamilyBinding,
  FamilyOverview,
  PayPremiumRequest,
  PremiumYear,
} from '@/api-contract/family';
import { InlineError } from '@/components/inline-error';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { RadioGroup } from '@/components/radio-group';
import { Skeleton } from '@/components/skeleton';
import { outcomeUnknown } from '@/lib/intent-keys';
import { maskName } from '@/lib/mask';
import { useFamilyOverview } from '../api/get-family-overview';
import { usePayPremium } from '../api/pay-premium';
import { fenToYuanText } from '../lib/amount';
import { errorCode } from '../lib/error-code';
import { OutcomeUnknown } from './outcome-unknown';
import { ReauthDialog } from '@/components/reauth/reauth-dialog';
import { useMoney } from '@/components/use-money';
import { SourceNote } from './source-note';
import '../i18n/family-strings';
import './family.css';

const FAMILY_CHOICES = { group: 'form family-fieldset', option: 'family-choice' };

/** Why this relative and year cannot be paid now, before anything is sent; null when it can. */
function blocker(
  relative: FamilyBinding | undefined,
  year: PremiumYear | undefined,
): { key: string; params: Record<string, string | number> } | null {
  if (!relative || !year) return null;
  if (relative.paidYears.includes(year.year)) {
    return { key: 'family.pay.paid', params: { year: year.year } };
  }
  if (relative.scheme === 'employee') return { key: 'family.pay.employee', params: {} };
  if (relative.status !== 'verified') return { key: 'family.pay.pending', params: {} };
  if (!year.open) {
    return year.window
      ? {
          key: 'family.pay.windowNext',
          params: { year: year.year, from: year.window.opensOn, to: year.window.closesOn },
        }
      : { key: 'family.pay.windowClosed', params: { year: year.year } };
  }
  return null;
}

function WindowNote({ year }: { year: PremiumYear }) {
  const { t } = useTranslation();
  if (!year.window)
    return <span className="small">{t('family.pay.windowClosed', { year: year.year })}</span>;
  return (
    <span className="small">
      {t('family.pay.windowOpen', { from: year.window.opensOn, to: year.window.closesOn })}
      {' · '}
      {year.window.kind === 'main'
        ? t('family.pay.windowMain', { year: year.year })
        : t('family.pay.windowGrace')}
    </span>
  );
}

/**
 * The payment found no bound relative: unbound elsewhere (another tab, another device, the
 * counter) between this screen sending it and the backend taking it. The refreshed overview no
 * longer lists them, so without this the screen would turn into "bind a relative first" and
 * never say what became of the payment.
 */
function NotPaidUnbound({
  relative,
  othersLeft,
  onPayAnother,
}: {
  relative: FamilyBinding | null;
  othersLeft: boolean;
  onPayAnother: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card stack" role="alert" aria-labelledby="pay-unbound-title">
      <h2 id="pay-unbound-title" className="card__title">
        {t('family.pay.unbound.title')}
      </h2>
      <p>
        {relative
          ? t('family.pay.unbound.body', {
              relation: t(`family.relation.${relative.relation}`),
              name: maskName(relative.name),
            })
          : t('family.pay.unbound.bodyUnnamed')}
      </p>
      {othersLeft ? (
        <button type="button" className="btn btn--primary btn--block" onClick={onPayAnother}>
          {t('family.pay.unbound.payAnother')}
        </button>
      ) : null}
      <Link
        className={`btn btn--block ${othersLeft ? 'btn--secondary' : 'btn--primary'}`}
        to="/family/relatives/new"
      >
        {t('family.pay.unbound.bindAgain')}
      </Link>
      <Link className="btn btn--secondary btn--block" to="/family">
        {t('family.transfer.backHome')}
      </Link>
    </section>
  );
}

function PayFields({ data, phone }: { data: FamilyOverview; phone: string | undefined }) {
  const { t } = useTranslation();
  const money = useMoney();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const pay = usePayPremium();
  const [confirming, setConfirming] = useState(false);
  const [last, setLast] = useState<PayPremiumRequest | null>(null);
  // Who the payment was for, as the screen showed them when it went out: the overview that
  // comes after a refusal may no longer list them.
  const [sentFor, setSentFor] = useState<FamilyBinding | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const sending = useRef(false);

  // Held here for the screen (a radio must change at once) and mirrored into the address.
  const [relativeId, setRelativeId] = useState(() => params.get('relative') ?? '');
  const defaultYear = data.premiumYears.find((y) => y.open) ?? data.premiumYears[0];
  const [yearValue, setYearValue] = useState(() =>
    Number(params.get('year') ?? defaultYear?.year ?? 0),
  );
  const relative = data.relatives.find((r) => r.id === relativeId);
  const year = data.premiumYears.find((y) => y.year === yearValue);
  const block = blocker(relative, year);
  const balance = data.account?.balanceFen ?? 0;
  const short = year && balance < year.premiumFen ? year.premiumFen - balance : 0;
  // An intent an earlier visit left unanswered comes back as a retry, never as a new payment.
  const resumed = pay.isIdle ? pay.resumedVariables : null;
  const retryOf = last ?? resumed;
  const unknown = (pay.isError && outcomeUnknown(pay.error) && last !== null) || resumed !== null;

  const set = (key: 'relative' | 'year', value: string) => {
    if (key === 'relative') setRelativeId(value);
    else setYearValue(Number(value));
    setParams(
      (p) => {
        p.set(key, value);
        return p;
      },
      { replace: true },
    );
  };

  const send = (variables: PayPremiumRequest) => {
    if (sending.current) return;
    sending.current = true;
    setLast(variables);
    setSentFor(data.relatives.find((r) => r.id === variables.relativeId) ?? null);
    pay.mutate(variables, {
      onSettled: () => {
        sending.current = false;
        setConfirming(false);
      },
      onSuccess: (receipt) => void navigate(`/family/receipts/${receipt.id}`, { replace: true }),
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!relative || !year || block || short > 0 || pay.isPending) return;
    setConfirming(true);
  };

  // The contract's one 404 of a payment is "no such bound relative"; nothing was charged.
  if (pay.isError && errorCode(pay.error) === 'NOT_FOUND') {
    return (
      <NotPaidUnbound
        relative={sentFor}
        othersLeft={data.relatives.some((r) => r.id !== sentFor?.id)}
        onPayAnother={() => {
          pay.reset();
          setLast(null);
          setShowErrors(false);
          setRelativeId('');
          setParams(
            (p) => {
              p.delete('relative');
              return p;
            },
            { replace: true },
          );
        }}
      />
    );
  }

  if (data.relatives.length === 0) {
    return (
      <section className="card stack">
        <p>{t('family.pay.noRelatives')}</p>
        <Link className="btn btn--primary btn--block" to="/family/relatives/new">
          {t('family.actions.bind')}
        </Link>
      </section>
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <RadioGroup
        legend={t('family.pay.relativeLabel')}
        legendClassName="field__label"
        classNames={FAMILY_CHOICES}
        name="relative"
        value={relativeId}
        options={data.relatives.map((r) => ({
          value: r.id,
          label: (
            <>
              <span>
                {t(`family.relation.${r.relation}`)} · <DataText>{maskName(r.name)}</DataText>
              </span>
              <span className="muted small">
                {t(`family.scheme.${r.scheme}`)} · {t(`family.relatives.${r.status}`)}
              </span>
            </>
          ),
        }))}
        disabled={unknown || pay.isPending}
        onChange={(id) => set('relative', id)}
      >
        {showErrors && !relative ? (
          <InlineError>{t('family.pay.relativeRequired')}</InlineError>
        ) : null}
      </RadioGroup>
      <RadioGroup
        legend={t('family.pay.yearLabel')}
        legendClassName="field__label"
        classNames={FAMILY_CHOICES}
        name="year"
        value={String(yearValue)}
        options={data.premiumYears.map((y) => ({
          value: String(y.year),
          label: (
            <>
              <span>
                {t('family.pay.yearOption', { year: y.year })} ·{' '}
                {t('family.pay.premium', { money: money(y.premiumFen) })}
              </span>
              <WindowNote year={y} />
            </>
          ),
        }))}
        disabled={unknown || pay.isPending}
        onChange={(value) => set('year', value)}
      />
      {year ? <SourceNote source={year.premiumSource} /> : null}
      {year?.window ? <SourceNote source={year.window.source} /> : null}
      {/* While the answer is lost, the refreshed overview may already show the year paid; the
          unknown-outcome card is the one answer until the retry settles it. */}
      {block && !unknown ? <InlineError>{t(block.key, block.params)}</InlineError> : null}
      {!block && !unknown && relative && short > 0 ? (
        <div className="notice stack" role="status">
          <span>
            {t('family.pay.insufficient', {
              balance: money(balance),
              short: money(short),
            })}
          </span>
          <Link
            className="btn btn--primary"
            to={`/family/transfer?${new URLSearchParams({
              amount: fenToYuanText(short),
              then: 'pay',
              relative: relative.id,
              year: String(yearValue),
            }).toString()}`}
          >
            {t('family.pay.transferFirst', { money: money(short) })}
          </Link>
        </div>
      ) : null}
      {unknown ? (
        <OutcomeUnknown
          error={pay.error}
          busy={pay.isPending}
          onRetry={() => {
            if (retryOf) send(retryOf);
          }}
        />
      ) : (
        <>
          {pay.isError ? <ErrorView error={pay.error} /> : null}
          <button
            type="submit"
            className="btn btn--primary btn--block"
            disabled={pay.isPending || block !== null || short > 0}
          >
            {t('family.pay.submit')}
          </button>
        </>
      )}
      {confirming && relative && year ? (
        <ReauthDialog
          summary={t('family.pay.summary', {
            relation: t(`family.relation.${relative.relation}`),
            name: maskName(relative.name),
            year: year.year,
            money: money(year.premiumFen),
          })}
          phone={phone}
          onCancel={() => setConfirming(false)}
          onGranted={(grant) => {
            send({
              relativeId: relative.id,
              year: year.year,
              amountFen: year.premiumFen,
              reauthGrant: grant,
            });
          }}
        />
      ) : null}
    </form>
  );
}

/**
 * Pay a relative's premium. The relative and year live in the address (?relative=&year=), so
 * they survive a sign-in in between, and the amount comes from the region's table.
 */
export function PayForm({ phone }: { phone: string | undefined }) {
  const overview = useFamilyOverview();
  if (overview.isPending) return <Skeleton lines={4} />;
  if (overview.isError) {
    return <ErrorView error={overview.error} onRetry={() => void overview.refetch()} />;
  }
  return <PayFields data={overview.data} phone={phone} />;
}
