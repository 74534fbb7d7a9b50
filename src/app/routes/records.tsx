import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { RecordsScreen } from '@/features/records/components/records-screen';
import '@/features/records/i18n/records-strings';
import { RequireAuth } from '../require-auth';

function Screen() {
  const { t } = useTranslation();
  return (
    <Page title={t('records.title')} back>
      <RecordsScreen />
    </Page>
  );
}

export function RecordsRoute() {
  return (
    <RequireAuth>
      <Screen />
    </RequireAuth>
  );
}
