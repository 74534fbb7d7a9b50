import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { SettlementList } from '@/features/settlement/components/settlement-list';
import '@/features/settlement/i18n/settlement-strings';
import { RequireAuth } from '../require-auth';

function SettlementsScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('settlement.listTitle')} back>
      <SettlementList />
    </Page>
  );
}

export function SettlementsRoute() {
  return (
    <RequireAuth>
      <SettlementsScreen />
    </RequireAuth>
  );
}
