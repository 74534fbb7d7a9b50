import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/features/auth/stores/session-store';
import { Skeleton } from '@/components/skeleton';
import { appConfig } from '@/lib/config';
import { useDemoOutbox } from '@/lib/demo-outbox';
import { useOnline } from '@/lib/use-online';
import { TabNav } from './tab-nav';
import { UpdatePrompt } from './update-prompt';

const IdleGuard = lazy(async () => ({ default: (await import('./idle-guard')).IdleGuard }));

function DemoBanner() {
  const { t } = useTranslation();
  const code = useDemoOutbox((s) => s.smsCode);
  return (
    <div className="demo-banner" role="note">
      <span>{t('app.demoBanner')}</span>
      {code ? (
        <strong className="demo-banner__code" role="status">
          {t('app.demoCode', { code })}
        </strong>
      ) : null}
    </div>
  );
}

function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <div className="offline-banner" role="status">
      {t('offline.banner')}
    </div>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.token !== null);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {appConfig.demo ? <DemoBanner /> : null}
      <OfflineBanner />
      <UpdatePrompt />
      <div className="app__content">
        <Suspense fallback={<Skeleton lines={5} />}>
          <Outlet />
        </Suspense>
      </div>
      <TabNav />
      {signedIn ? (
        <Suspense fallback={null}>
          <IdleGuard />
        </Suspense>
      ) : null}
    </div>
  );
}
