import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { useAdoptSession } from '@/features/auth/hooks/use-adopt-session';
import { useSession } from '@/features/auth/stores/session-store';
import { useDemoState } from '@/features/demo/api/get-demo-state';
import { DemoPanel } from '@/features/demo/components/demo-panel';
import { useCurrentPersonaPhone } from '@/features/demo/stores/current-persona-store';
import { Page } from '@/components/page';

export function DemoRoute() {
  const { t } = useTranslation();
  const token = useSession((s) => s.token);
  const me = useMe();
  // The panel's own query: one request, shared.
  const personas = useDemoState().data?.personas;
  const adopt = useAdoptSession();
  const currentPhone = useCurrentPersonaPhone({
    token,
    phone: me.data?.phone ?? null,
    personas,
  });
  return (
    <Page title={t('demo.title')} back>
      <section className="card stack" aria-labelledby="demo-counter">
        <h2 id="demo-counter" className="card__title">
          {t('demo.counter.title')}
        </h2>
        <p className="muted small">{t('demo.counter.hint')}</p>
        {/* A new tab: the counter and the person's phone are two devices in the demo. */}
        <Link to="/demo/counter" target="_blank" className="btn btn--secondary btn--block">
          {t('demo.counter.open')}
        </Link>
      </section>
      <DemoPanel currentPhone={currentPhone} onSession={adopt} />
    </Page>
  );
}
