import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { PharmacyDetailView } from '@/features/pharmacies/components/pharmacy-detail';
import '@/features/pharmacies/i18n/pharmacies-strings';

export function PharmacyDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('pharmacies.detailTitle')} back>
      <PharmacyDetailView id={id} />
    </Page>
  );
}
