import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth/api/get-me';
import { useSession } from '@/features/auth/stores/session-store';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { MoneyText } from '@/components/money-text';
import { Page } from '@/components/page';
import { Skeleton } from '@/components/skeleton';
import { maskName } from '@/lib/mask';
import { usePreferences } from '@/lib/preferences-store';
import { SERVICES } from '../services';

function AccountCard() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Skeleton lines={3} />;
  if (me.isError) return <ErrorView error={me.error} onRetry={() => void me.refetch()} />;
  const { insurance } = me.data;
  return (
    <section className="card card--hero" aria-labelledby="home-greeting">
      <h2 id="home-greeting" className="card__title">
        <Trans
          i18nKey="home.greeting"
          values={{ name: maskName(me.data.name) }}
          components={{ name: <DataText /> }}
        />
      </h2>
      <p className="muted">
        {t('home.region')}: <DataText>{insurance.regionName}</DataText> ·{' '}
        {t(`home.scheme.${insurance.scheme}`)} · {t(`home.status.${insurance.status}`)}
      </p>
      <p className="card__figure">
        <span className="card__figure-label">{t('home.account')}</span>
        <MoneyText fen={insurance.personalAccountBalanceFen} />
      </p>
      <p className={me.data.voucherActivated ? 'tag tag--ok' : 'tag tag--warn'}>
        {t(me.data.voucherActivated ? 'home.voucherActivated' : 'home.voucherNotActivated')}
      </p>
    </section>
  );
}

export function HomeRoute() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.token !== null);
  const elderMode = usePreferences((s) => s.elderMode);
  const setElderMode = usePreferences((s) => s.setElderMode);
  return (
    <Page
      title={t('home.title')}
      right={
        <button
          type="button"
          className="chip"
          aria-pressed={elderMode}
          onClick={() => setElderMode(!elderMode)}
        >
          {t('home.elderEntry')}
        </button>
      }
    >
      {signedIn ? (
        <AccountCard />
      ) : (
        <section className="card card--hero">
          <p>{t('home.signInPrompt')}</p>
          <Link className="btn btn--primary btn--block" to="/login">
            {t('home.signIn')}
          </Link>
        </section>
      )}
      {SERVICES.length > 0 ? (
        <section aria-labelledby="home-services">
          <h2 id="home-services" className="section-title">
            {t('home.services')}
          </h2>
          <ul className="service-grid">
            {SERVICES.map((s) => (
              <li key={s.to}>
                <Link className="service-grid__item" to={s.to}>
                  <span className="service-grid__icon" aria-hidden="true">
                    {s.icon}
                  </span>
                  <span className="service-grid__label">{t(s.labelKey)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <aside className="card card--warn" aria-labelledby="home-fraud">
        <h2 id="home-fraud" className="card__title">
          {t('home.fraudTitle')}
        </h2>
        <p>{t('home.fraudBody')}</p>
      </aside>
    </Page>
  );
}
