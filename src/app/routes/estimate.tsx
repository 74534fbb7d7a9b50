import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth/api/get-me';
import { useSession } from '@/features/auth/stores/session-store';
import { Estimator } from '@/features/estimate/components/estimator';
import { Page } from '@/components/page';

export function EstimateRoute() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.token !== null);
  // Cached or fetched when signed in; the estimator never waits for it and works without it
  // (signed out, offline) from what the tab kept of the person.
  const { data: profile } = useMe();
  return (
    <Page title={t('estimate.title')} back>
      <Estimator profile={profile} signedIn={signedIn} />
    </Page>
  );
}
