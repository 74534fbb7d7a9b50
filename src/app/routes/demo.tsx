import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth/api/get-me';
import { useAdoptSession } from '@/features/auth/hooks/use-adopt-session';
import { DemoPanel } from '@/features/demo/components/demo-panel';
import { Page } from '@/components/page';

export function DemoRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const adopt = useAdoptSession();
  return (
    <Page title={t('demo.title')} back>
      <DemoPanel currentPhone={me.data?.phone ?? null} onSession={adopt} />
    </Page>
  );
}
