import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { PrescriptionList } from '@/features/prescriptions/components/prescription-list';
import '@/features/prescriptions/i18n/prescriptions-strings';
import { RequireAuth } from '../require-auth';

export function PrescriptionsRoute() {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      <Page title={t('prescriptions.title')} back>
        <PrescriptionList />
      </Page>
    </RequireAuth>
  );
}
