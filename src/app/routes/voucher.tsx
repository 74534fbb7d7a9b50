import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { preloadQr } from '@/features/voucher/components/qr-canvas';
import { VoucherHome } from '@/features/voucher/components/voucher-home';
import { RequireAuth } from '../require-auth';

// The QR library starts loading with this chunk, in parallel with the code request.
void preloadQr();

export function VoucherRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('voucher.title')} back>
      <RequireAuth>
        <VoucherHome />
      </RequireAuth>
    </Page>
  );
}
