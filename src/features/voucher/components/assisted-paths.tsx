import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * Ways to get the e-voucher without doing the face check on this phone: for people whose camera
 * is missing or refused, or whose check keeps failing.
 */
export function AssistedPaths({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card voucher-assist" aria-labelledby="voucher-assist-title">
      <Heading id="voucher-assist-title" className="card__title">
        {t('voucher.assist.title')}
      </Heading>
      <ul className="voucher-assist__list">
        <li>
          <strong>{t('voucher.assist.familyTitle')}</strong>
          <p>{t('voucher.assist.familyBody')}</p>
        </li>
        <li>
          <strong>{t('voucher.assist.counterTitle')}</strong>
          <p>{t('voucher.assist.counterBody')}</p>
        </li>
        <li>
          <strong>{t('voucher.assist.hotlineTitle')}</strong>
          <p>
            {t('voucher.assist.hotlineBody')}{' '}
            <Link to="/safety">{t('voucher.assist.hotlineLink')}</Link>
          </p>
        </li>
      </ul>
    </section>
  );
}
