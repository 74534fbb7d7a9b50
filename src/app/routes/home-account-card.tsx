import { lazy, Suspense } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth/api/get-me';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { Money } from '@/components/money';
import { Skeleton } from '@/components/skeleton';
import { maskName } from '@/lib/mask';

// Its own chunk: asked for only once the profile has loaded, so a session the backend no longer
// knows is reported by the profile, once, not by a second request beside it.
const PendingBillBanner = lazy(async () => ({
  default: (await import('@/features/settlement/components/pending-bill-banner')).PendingBillBanner,
}));

/**
 * The signed-in person's card on home. A chunk of its own: it brings the API client, zod and the
 * profile query, which a signed-out first visit does not need before its first paint.
 */
export function AccountCard() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Skeleton lines={3} />;
  if (me.isError) return <ErrorView error={me.error} onRetry={() => void me.refetch()} />;
  const { insurance } = me.data;
  return (
    <>
      <Suspense fallback={null}>
        <PendingBillBanner />
      </Suspense>
      <section className="card card--hero" aria-labelledby="home-greeting">
        <h2 id="home-greeting" className="card__title">
          <Trans
            i18nKey="home.greeting"
            values={{ name: maskName(me.data.name) }}
            components={{ name: <DataText /> }}
          />
        </h2>
        <p className="muted">
          {t('home.region')}
          {t('app.colon')}
          <DataText>{insurance.regionName}</DataText> · {t(`home.scheme.${insurance.scheme}`)} ·{' '}
          {t(`home.status.${insurance.status}`)}
        </p>
        <p className="card__figure">
          <span className="card__figure-label">{t('home.account')}</span>
          <Money fen={insurance.personalAccountBalanceFen} />
        </p>
        <p className={me.data.voucherActivated ? 'tag tag--ok' : 'tag tag--warn'}>
          {t(me.data.voucherActivated ? 'home.voucherActivated' : 'home.voucherNotActivated')}
        </p>
      </section>
    </>
  );
}
