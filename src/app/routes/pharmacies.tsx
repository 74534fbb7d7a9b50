import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { PharmaciesScreen } from '@/features/pharmacies/components/pharmacies-screen';
import '@/features/pharmacies/i18n/pharmacies-strings';

export function PharmaciesRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('pharmacies.title')} back>
      <PharmaciesScreen />
    </Page>
  );
}
