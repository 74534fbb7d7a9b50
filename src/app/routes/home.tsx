import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/features/auth/stores/session-store';
import { LanguageSwitch } from '@/components/language-switch';
import { Page } from '@/components/page';
import { Skeleton } from '@/components/skeleton';
import { usePreferences } from '@/lib/preferences-store';
import { SERVICES } from '../services';

const AccountCard = lazy(async () => ({
  default: (await import('./home-account-card')).AccountCard,
}));

export function HomeRoute() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.token !== null);
  const elderMode = usePreferences((s) => s.elderMode);
  const setElderMode = usePreferences((s) => s.setElderMode);
  return (
    <Page
      title={t('home.title')}
      right={
        <>
          <LanguageSwitch />
          {/* The state is written out as well as colour-coded: the name stays the same and
              aria-pressed tells screen readers, the word tells everyone else. */}
          <button
            type="button"
            className="chip"
            aria-pressed={elderMode}
            onClick={() => setElderMode(!elderMode)}
          >
            {t('home.elderEntry')}
            <span className="chip__state" aria-hidden="true">
              {t(elderMode ? 'home.elderOn' : 'home.elderOff')}
            </span>
          </button>
        </>
      }
    >
      {signedIn ? (
        <Suspense fallback={<Skeleton lines={3} />}>
          <AccountCard />
        </Suspense>
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
                  <svg
                    className="service-grid__icon"
                    viewBox="0 0 24 24"
                    width="32"
                    height="32"
                    aria-hidden="true"
                  >
                    <path d={s.iconPath} fill="currentColor" fillRule="evenodd" />
                  </svg>
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
        <Link to="/safety">{t('home.fraudMore')}</Link>
      </aside>
    </Page>
  );
}
