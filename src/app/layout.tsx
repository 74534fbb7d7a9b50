import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/features/auth/stores/session-store';
import { Skeleton } from '@/components/skeleton';
import { useDemoOutbox } from '@/lib/demo-outbox';
import { useOnline } from '@/lib/use-online';
import { TabNav } from './tab-nav';
import { UpdatePrompt } from './update-prompt';

const IdleGuard = lazy(async () => ({ default: (await import('./idle-guard')).IdleGuard }));

// Its strings (and the component) load only when there is a notice, and only in demo builds:
// behind the build-time constant the production bundler drops the import.
const StorageNotice = __DEMO__
  ? lazy(async () => ({
      default: (await import('@/features/demo/components/storage-notice')).StorageNotice,
    }))
  : null;

function DemoBanner() {
  const { t } = useTranslation();
  const code = useDemoOutbox((s) => s.smsCode);
  const storageNotice = useDemoOutbox((s) => s.storageNotice);
  const backendNotice = useDemoOutbox((s) => s.backendNotice);
  // Where the backend runs matters more than what happened to the saved data.
  const notice = backendNotice ?? storageNotice;
  return (
    <div className="demo-banner" role="note">
      <span>{t('app.demoBanner')}</span>
      {code ? (
        <strong className="demo-banner__code" role="status">
          {t('app.demoCode', { code })}
        </strong>
      ) : null}
      {/* In place before the notice arrives (the backend sets it when it starts), so screen
          readers announce it; while empty it is taken out of the flow, or the banner's gap
          would push the text off centre. */}
      <span role="status" style={notice ? undefined : { position: 'absolute' }}>
        {notice && StorageNotice ? (
          <Suspense fallback={null}>
            <StorageNotice
              notice={notice}
              onDismiss={() =>
                backendNotice
                  ? useDemoOutbox.getState().setBackendNotice(null)
                  : useDemoOutbox.getState().setStorageNotice(null)
              }
            />
          </Suspense>
        ) : null}
      </span>
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
      {__DEMO__ ? <DemoBanner /> : null}
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
