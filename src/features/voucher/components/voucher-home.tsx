import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOnline } from '@/lib/use-online';
import { useVoucherStatus } from '../api/get-voucher-status';
import { CodePanel } from './code-panel';
import { Preflight } from './preflight';
import './voucher.css';
import '../i18n/voucher-strings';

/**
 * /voucher: the person's live code, the pre-flight check and the way to the family proxy
 * account. A person who has not activated is taken to the wizard. The code is requested at
 * once, beside the status, so an activated person sees it without waiting for two round trips.
 */
export function VoucherHome() {
  const { t } = useTranslation();
  const online = useOnline();
  const status = useVoucherStatus();
  const location = useLocation();
  const justActivated =
    typeof location.state === 'object' &&
    location.state !== null &&
    (location.state as { justActivated?: unknown }).justActivated === true;

  if (status.data && !status.data.activated) return <Navigate to="/voucher/activate" replace />;

  return (
    <div className="stack">
      {justActivated ? (
        <p role="status" className="notice">
          {t('voucher.home.activated')}
        </p>
      ) : null}
      {status.data && status.data.activated && !status.data.regionConfirmed ? (
        <div role="alert" className="card card--warn">
          <h2 className="card__title">{t('voucher.home.regionStaleTitle')}</h2>
          <p>{t('voucher.home.regionStaleBody')}</p>
        </div>
      ) : null}
      <CodePanel />
      <Preflight online={online} status={status.data} />
      <nav className="stack" aria-label={t('voucher.home.more')}>
        <Link className="btn btn--secondary btn--block" to="/voucher/family">
          {t('voucher.home.family')}
        </Link>
        <Link className="btn btn--secondary btn--block" to="/safety">
          {t('voucher.home.safety')}
        </Link>
      </nav>
    </div>
  );
}
