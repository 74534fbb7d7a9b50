import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useMe } from '@/features/auth/api/get-me';
import { LocationPanel } from '@/features/pharmacies/components/location-panel';
import { PrescriptionDetailView } from '@/features/prescriptions/components/prescription-detail';
import '@/features/prescriptions/i18n/prescriptions-strings';
import { originQuery, useOrigin } from '@/lib/geolocation';
import { RequireAuth } from '../require-auth';

function PrescriptionDetailScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const origin = useOrigin((s) => s.origin);
  // The estimate needs the person's policy; the screen works without it (no split shown).
  const { data: profile } = useMe();
  return (
    <Page title={t('prescriptions.detailTitle')} back>
      <PrescriptionDetailView
        id={id}
        origin={origin === null ? null : originQuery(origin)}
        locationPanel={<LocationPanel />}
        insurance={profile?.insurance}
      />
    </Page>
  );
}

export function PrescriptionDetailRoute() {
  return (
    <RequireAuth>
      <PrescriptionDetailScreen />
    </RequireAuth>
  );
}
