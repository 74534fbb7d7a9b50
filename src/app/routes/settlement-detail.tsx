import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useMe } from '@/features/auth/api/get-me';
import { SettlementView } from '@/features/settlement/components/settlement-view';
import '@/features/settlement/i18n/settlement-strings';
import { RequireAuth } from '../require-auth';

function SettlementDetailScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // The SMS way of re-authenticating needs the person's own phone.
  const { data: profile } = useMe();
  return (
    <Page title={t('settlement.detailTitle')} back>
      <SettlementView id={id} phone={profile?.phone} />
    </Page>
  );
}

export function SettlementDetailRoute() {
  return (
    <RequireAuth>
      <SettlementDetailScreen />
    </RequireAuth>
  );
}
