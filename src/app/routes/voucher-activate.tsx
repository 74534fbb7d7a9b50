import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorView } from '@/components/error-view';
import { Page } from '@/components/page';
import { Skeleton } from '@/components/skeleton';
import { meQueryOptions } from '@/features/auth/api/get-me';
import { useVoucherStatus } from '@/features/voucher/api/get-voucher-status';
import { ActivationWizard } from '@/features/voucher/components/activation-wizard';
import { RequireAuth } from '../require-auth';

export function VoucherActivateRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('voucher.activateTitle')} back>
      <RequireAuth>
        <ActivateScreen />
      </RequireAuth>
    </Page>
  );
}

function ActivateScreen() {
  const { t } = useTranslation();
  const status = useVoucherStatus();
  const queryClient = useQueryClient();
  if (status.isPending) return <Skeleton lines={4} />;
  if (status.isError) {
    return <ErrorView error={status.error} onRetry={() => void status.refetch()} />;
  }
  if (status.data.activated) {
    return (
      <div className="card stack">
        <p>{t('voucher.home.alreadyActivated')}</p>
        <Link className="btn btn--primary btn--block" to="/voucher">
          {t('voucher.home.showCode')}
        </Link>
      </div>
    );
  }
  // Home shows "activated" from the profile.
  return (
    <ActivationWizard
      onActivated={() => queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey })}
    />
  );
}
