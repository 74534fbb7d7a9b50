import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { SafetyScreen } from '@/features/safety/components/safety-screen';

// Open to everyone, signed in or not, and online or not: the checker needs no network.
export function SafetyRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('safety.title')} back>
      <SafetyScreen />
    </Page>
  );
}
