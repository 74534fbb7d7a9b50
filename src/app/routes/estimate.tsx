import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth/api/get-me';
import { useSession } from '@/features/auth/stores/session-store';
import { Estimator } from '@/features/estimate/components/estimator';
import { useRecords } from '@/features/records/api/get-records';
import {
  readYearSoFar,
  saveYearSoFar,
  yearSoFarOf,
} from '@/features/records/stores/year-so-far-copy';
import { Page } from '@/components/page';

export function EstimateRoute() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.token !== null);
  // Cached or fetched when signed in; the estimator never waits for it and works without it
  // (signed out, offline) from what the tab kept of the person.
  const { data: profile } = useMe();
  // This year's settlements start the estimate where the year stands (docs/decisions/024);
  // offline, the figures this tab last saw, said to be a copy.
  const records = useRecords(null, { enabled: signedIn });
  const fresh = useMemo(
    () => (records.data === undefined ? null : yearSoFarOf(records.data, records.dataUpdatedAt)),
    [records.data, records.dataUpdatedAt],
  );
  useEffect(() => {
    if (fresh !== null) saveYearSoFar(fresh);
  }, [fresh]);
  const copy = useMemo(
    () => (signedIn && fresh === null ? readYearSoFar() : null),
    [signedIn, fresh],
  );
  return (
    <Page title={t('estimate.title')} back>
      <Estimator
        profile={profile}
        signedIn={signedIn}
        recordedYear={fresh ?? copy}
        recordsOffline={fresh === null && copy !== null}
      />
    </Page>
  );
}
