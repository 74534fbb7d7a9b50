import { useTranslation } from 'react-i18next';
import { CounterScreen } from '@/features/counter/components/counter-screen';
import { Page } from '@/components/page';

export function DemoCounterRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('counter.title')} back>
      <CounterScreen />
    </Page>
  );
}
