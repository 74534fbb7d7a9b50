import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFoundTitle')} back>
      <section className="empty-state">
        <p>{t('errors.notFoundBody')}</p>
        <Link className="btn btn--primary" to="/">
          {t('errors.backHome')}
        </Link>
      </section>
    </Page>
  );
}
