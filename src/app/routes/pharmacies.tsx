import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { meQueryOptions } from '@/features/auth/api/get-me';
import { useSession } from '@/features/auth/stores/session-store';
import { PharmaciesScreen } from '@/features/pharmacies/components/pharmacies-screen';
import '@/features/pharmacies/i18n/pharmacies-strings';

export function PharmaciesRoute() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.token !== null);
  // The person's insured city is where the city chooser starts; the screen works without it.
  const me = useQuery({ ...meQueryOptions(), enabled: signedIn });
  return (
    <Page title={t('pharmacies.title')} back>
      <PharmaciesScreen homeRegionCode={me.data?.insurance.regionCode} />
    </Page>
  );
}
