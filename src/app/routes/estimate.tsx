import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meQueryOptions } from '@/features/auth/api/get-me';
import { Estimator } from '@/features/estimate/components/estimator';
import type { EstimatorDefaults } from '@/features/estimate/hooks/use-estimate';
import { Page } from '@/components/page';

export function EstimateRoute() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Read once from the cache, never fetched: the estimator must work signed out and offline.
  const [defaults, prefilled] = useMemo((): [EstimatorDefaults, boolean] => {
    const profile = queryClient.getQueryData(meQueryOptions().queryKey);
    if (profile === undefined) return [{}, false];
    const { insurance } = profile;
    return [
      {
        policyId: insurance.policyId,
        status: insurance.status,
        enrolment: insurance.enrolment,
        personalAccountBalanceFen: insurance.personalAccountBalanceFen,
        contributionBaseFen: insurance.contributionBaseFen,
        birthDate: profile.birthDate,
      },
      true,
    ];
  }, [queryClient]);
  return (
    <Page title={t('estimate.title')} back>
      <Estimator defaults={defaults} prefilled={prefilled} />
    </Page>
  );
}
