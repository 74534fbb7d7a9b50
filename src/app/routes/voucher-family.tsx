import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useMe } from '@/features/auth/api/get-me';
import { FamilyScreen } from '@/features/voucher/components/family-screen';
import { RequireAuth } from '../require-auth';

export function VoucherFamilyRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('voucher.family.title')} back>
      <RequireAuth>
        <FamilyWithProfile />
      </RequireAuth>
    </Page>
  );
}

// The profile (cached from home) lets the form refuse the person's own ID before sending it.
function FamilyWithProfile() {
  const { data: me } = useMe();
  return <FamilyScreen selfIdNumber={me?.idNumber} />;
}
