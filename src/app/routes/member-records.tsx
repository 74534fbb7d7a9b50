import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { MemberRecordsScreen } from '@/features/records/components/member-records-screen';
import '@/features/records/i18n/records-strings';
import '@/features/voucher/i18n/voucher-strings';
import { RequireAuth } from '../require-auth';

function Screen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { memberId = '' } = useParams();
  return (
    // Back goes to the member list it was opened from, not wherever history leads.
    <Page title={t('records.memberTitle')} back onBack={() => void navigate('/voucher/family')}>
      <MemberRecordsScreen memberId={memberId} />
    </Page>
  );
}

export function MemberRecordsRoute() {
  return (
    <RequireAuth>
      <Screen />
    </RequireAuth>
  );
}
