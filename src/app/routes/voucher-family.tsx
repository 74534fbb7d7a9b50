import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { useMe } from '@/features/auth/api/get-me';
import { FamilyScreen } from '@/features/voucher/components/family-screen';
import { RequireAuth } from '../require-auth';

export function VoucherFamilyRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // A member's code is a step inside this screen: back returns to the member list, not to /voucher.
  const closeCode = () =>
    setParams(
      (p) => {
        p.delete('member');
        return p;
      },
      { replace: true },
    );
  return (
    <Page
      title={t('voucher.family.title')}
      back
      onBack={params.has('member') ? closeCode : undefined}
    >
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
