import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { useSession } from '@/features/auth/stores/session-store';
import { SafetyScreen } from '@/features/safety/components/safety-screen';

// Open to everyone, signed in or not, and online or not: the checker needs no network. Only the
// traceability-code check asks the platform, and so needs a session (docs/decisions/025).
export function SafetyRoute() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.token !== null);
  const [params] = useSearchParams();
  return (
    <Page title={t('safety.title')} back>
      <SafetyScreen signedIn={signedIn} traceCode={params.get('trace')} />
    </Page>
  );
}
