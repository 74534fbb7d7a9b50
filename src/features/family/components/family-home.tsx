import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { InlineError } from '@/components/inline-error';
import { listText } from '@/lib/list-text';
import type { FamilyBinding, FamilyOverview } from '@/api-contract/family';
import { confirm } from '@/components/confirm';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { Money } from '@/components/money';
import { Skeleton } from '@/components/skeleton';
import { outcomeUnknown } from '@/lib/intent-keys';
import { maskName } from '@/lib/mask';
import { useCloseFamilyAccount } from '../api/close-family-account';
import { useCreateFamilyAccount } from '../api/create-family-account';
import { useFamilyOverview } from '../api/get-family-overview';
import { useUnbindRelative } from '../api/unbind-relative';
import { OutcomeUnknown } from './outcome-unknown';
import { ReauthDialog } from '@/components/reauth/reauth-dialog';
import { useMoney } from '@/components/use-money';
import { SourceNote } from './source-note';
import '../i18n/family-strings';
import './family.css';

function Ineligible({ overview }: { overview: FamilyOverview }) {
  const { t } = useTranslation();
  return (
    <section className="card card--warn" aria-labelledby="family-ineligible">
      <h2 id="family-ineligible" className="card__title">
        {t('family.ineligibleTitle')}
      </h2>
      <ul>
        {overview.eligibility.reasons.map((reason) => (
          <li key={reason}>{t(`family.reason.${reason}`)}</li>
        ))}
      </ul>
    </section>
  );
}

function RegionRules({ overview }: { overview: FamilyOverview }) {
  const { t, i18n } = useTranslation();
  const region = overview.region;
  if (!region) return null;
  return (
    <>
      <p>
        {t('family.create.rules', {
          region: region.name,
          relations: listText(
            region.allowedRelations.map((r) => t(`family.relation.${r}`)),
            i18n.language,
          ),
          max: region.maxRelatives,
        })}
      </p>
      <SourceNote source={region.relationSource} />
      <SourceNote source={region.limitSource} />
      <SourceNote source={region.refundRule.source} />
    </>
  );
}

function CreateAccount({
  overview,
  phone,
}: {
  overview: FamilyOverview;
  phone: string | undefined;
}) {
  const { t } = useTranslation();
  const [consent, setConsent] = useState(false);
  const [showConsentError, setShowConsentError] = useState(false);
  const [reauthOpen, setReauthOpen] = useState(false);
  const [lastGrant, setLastGrant] = useState<string | null>(null);
  const create = useCreateFamilyAccount();
  const unknown = create.isError && outcomeUnknown(create.error);

  return (
    <section className="card stack" aria-labelledby="family-create">
      <h2 id="family-create" className="card__title">
        {t('family.create.title')}
      </h2>
      <p>{t('family.create.notice')}</p>
      <RegionRules overview={overview} />
      <label className="switch-row">
        <span>{t('family.create.consent')}</span>
        <input
          type="checkbox"
          checked={consent}
          aria-invalid={showConsentError && !consent}
          onChange={(e) => setConsent(e.target.checked)}
        />
      </label>
      {showConsentError && !consent ? (
        <InlineError>{t('family.create.consentRequired')}</InlineError>
      ) : null}
      {unknown && lastGrant ? (
        <OutcomeUnknown
          error={create.error}
          busy={create.isPending}
          onRetry={() => create.mutate({ consent: true, reauthGrant: lastGrant })}
        />
      ) : (
        <>
          {create.isError ? <ErrorView error={create.error} /> : null}
          <button
            type="button"
            className="btn btn--primary btn--block"
            disabled={create.isPending}
            onClick={() => {
              if (!consent) {
                setShowConsentError(true);
                return;
              }
              setReauthOpen(true);
            }}
          >
            {t('family.create.submit')}
          </button>
        </>
      )}
      {reauthOpen ? (
        <ReauthDialog
          summary={t('family.create.title')}
          phone={phone}
          onCancel={() => setReauthOpen(false)}
          onGranted={(grant) => {
            setLastGrant(grant);
            create.mutate(
              { consent: true, reauthGrant: grant },
              { onSettled: () => setReauthOpen(false) },
            );
          }}
        />
      ) : null}
    </section>
  );
}

function RelativeRow({
  relative,
  onUnbound,
}: {
  relative: FamilyBinding;
  onUnbound: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const unbind = useUnbindRelative();
  const name = maskName(relative.name);
  const run = () =>
    // Said by the list: this row goes once the relative is unbound, often before mutate()'s own
    // callbacks would run (they are skipped once the row has unmounted), so the promise says it.
    unbind.mutateAsync(relative.id).then(
      (answer) =>
        onUnbound(
          t('family.relatives.unbound', {
            refund:
              answer.refundedFen > 0
                ? t('family.relatives.refunded', { money: money(answer.refundedFen) })
                : '',
          }),
        ),
      // The failure is shown on the row from the mutation's state.
      () => undefined,
    );
  return (
    <li>
      <div className="family-list__main">
        <span>
          {t(`family.relation.${relative.relation}`)} · <DataText>{name}</DataText>
        </span>
        <span className={`tag ${relative.status === 'verified' ? 'tag--ok' : 'tag--warn'}`}>
          {t(`family.relatives.${relative.status}`)}
        </span>
        <span className="muted small">{t(`family.scheme.${relative.scheme}`)}</span>
        {relative.paidYears.length > 0 ? (
          <span className="small">
            {t('family.relatives.paidYears', {
              years: listText(relative.paidYears.map(String), i18n.language),
            })}
          </span>
        ) : null}

        {unbind.isError ? <ErrorView error={unbind.error} onRetry={run} /> : null}
      </div>
      <button
        type="button"
        className="btn btn--danger btn--small"
        disabled={unbind.isPending}
        aria-label={`${t('family.relatives.unbind')} ${t(`family.relation.${relative.relation}`)} ${name}`}
        onClick={async () => {
          if (await confirm(t('family.relatives.unbindConfirm', { name }))) run();
        }}
      >
        {t('family.relatives.unbind')}
      </button>
    </li>
  );
}

function CloseAccount({ phone }: { phone: string | undefined }) {
  const { t } = useTranslation();
  const close = useCloseFamilyAccount();
  const [reauthOpen, setReauthOpen] = useState(false);
  const [lastGrant, setLastGrant] = useState<string | null>(null);
  const unknown = close.isError && outcomeUnknown(close.error);
  return (
    <>
      {unknown && lastGrant ? (
        <OutcomeUnknown
          error={close.error}
          busy={close.isPending}
          onRetry={() => close.mutate({ reauthGrant: lastGrant })}
        />
      ) : null}
      {close.isError && !unknown ? <ErrorView error={close.error} /> : null}
      <button
        type="button"
        className="btn btn--danger btn--block family-no-print"
        disabled={close.isPending}
        onClick={async () => {
          if (await confirm(t('family.close.confirm'))) setReauthOpen(true);
        }}
      >
        {t('family.actions.close')}
      </button>
      {reauthOpen ? (
        <ReauthDialog
          summary={t('family.close.confirm')}
          phone={phone}
          onCancel={() => setReauthOpen(false)}
          onGranted={(grant) => {
            setLastGrant(grant);
            close.mutate({ reauthGrant: grant }, { onSettled: () => setReauthOpen(false) });
          }}
        />
      ) : null}
    </>
  );
}

function Account({ overview, phone }: { overview: FamilyOverview; phone: string | undefined }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const account = overview.account;
  if (!account) return null;
  return (
    <>
      <section className="card" aria-labelledby="family-balances">
        <h2 id="family-balances" className="card__title">
          {t('family.title')}
        </h2>
        <dl className="family-balances">
          <div>
            <dt>{t('family.balances.family')}</dt>
            <dd data-testid="family-balance">
              <Money fen={account.balanceFen} />
            </dd>
          </div>
          <div>
            <dt>{t('family.balances.personal')}</dt>
            <dd data-testid="personal-balance">
              <Money fen={overview.personalBalanceFen} />
            </dd>
          </div>
          <div>
            <dt>{t('family.balances.premiums')}</dt>
            <dd data-testid="premiums-paid">
              <Money fen={account.premiumsPaidFen} />
            </dd>
          </div>
        </dl>
        <p className="muted small">{t('family.balances.note')}</p>
      </section>
      <nav className="family-actions" aria-label={t('family.title')}>
        <Link className="btn btn--primary" to="/family/transfer">
          {t('family.actions.transfer')}
        </Link>
        <Link className="btn btn--primary" to="/family/pay">
          {t('family.actions.pay')}
        </Link>
        <Link className="btn btn--secondary" to="/family/history">
          {t('family.actions.history')}
        </Link>
      </nav>
      <section className="card" aria-labelledby="family-relatives">
        <h2 id="family-relatives" className="card__title">
          {t('family.relatives.title')}
        </h2>
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        {overview.relatives.length === 0 ? (
          <p className="muted">{t('family.relatives.none')}</p>
        ) : (
          <ul className="family-list">
            {overview.relatives.map((relative) => (
              <RelativeRow key={relative.id} relative={relative} onUnbound={setNotice} />
            ))}
          </ul>
        )}
        <Link className="btn btn--secondary btn--block" to="/family/relatives/new">
          {t('family.actions.bind')}
        </Link>
      </section>
      <CloseAccount phone={phone} />
    </>
  );
}

/** /family: eligibility first, then the account or the way to open it. */
export function FamilyHome({ phone }: { phone: string | undefined }) {
  const { t } = useTranslation();
  const overview = useFamilyOverview();
  if (overview.isPending) return <Skeleton lines={5} />;
  if (overview.isError) {
    return <ErrorView error={overview.error} onRetry={() => void overview.refetch()} />;
  }
  const data = overview.data;
  return (
    <>
      <p className="muted">{t('family.intro')}</p>
      {!data.eligibility.eligible ? (
        <Ineligible overview={data} />
      ) : data.account ? (
        <Account overview={data} phone={phone} />
      ) : (
        <CreateAccount overview={data} phone={phone} />
      )}
    </>
  );
}
