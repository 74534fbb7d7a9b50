import { useTranslation } from 'react-i18next';
import type { ProxyRelation } from '@/api-contract/voucher';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { usePreferences } from '@/lib/preferences-store';
import { useLiveCode, type LiveCode } from '../hooks/use-live-code';
import { useWakeLock } from '../hooks/use-wake-lock';
import { QrCanvas } from './qr-canvas';

// Large enough for a pharmacy scanner at arm's length; larger still in elder mode.
const QR_SIZE = 232;
const QR_SIZE_ELDER = 296;

interface CodePanelProps {
  /** A proxy member's code; absent for the person's own. */
  memberId?: string;
  /** Shown in large type above a member's code, so nobody scans the wrong person's. */
  memberRelation?: ProxyRelation;
}

/**
 * The live code: whose it is, the QR, the time left, a refresh button, the note that a
 * screenshot will not work. Offline or expired, no code is drawn at all, so nothing stale can be
 * shown as if it were valid.
 */
export function CodePanel({ memberId, memberRelation }: CodePanelProps) {
  const { t } = useTranslation();
  const elder = usePreferences((s) => s.elderMode);
  const { state, secondsLeft, refresh } = useLiveCode(memberId);
  useWakeLock(state.kind === 'live');
  const size = elder ? QR_SIZE_ELDER : QR_SIZE;
  const code = state.kind === 'live' ? state.code : null;
  const busy = (state.kind === 'live' || state.kind === 'expired') && state.refreshing;

  return (
    <section className="card voucher-code" aria-labelledby="voucher-code-title" aria-busy={busy}>
      <h2
        id="voucher-code-title"
        className={memberRelation ? 'voucher-code__whose' : 'card__title'}
      >
        {memberRelation
          ? t('voucher.code.memberTitle', {
              relation: t(`voucher.relation.${memberRelation}`),
              name: code?.holderName ?? '',
            })
          : t('voucher.code.title')}
      </h2>
      {code ? (
        <>
          <dl className="voucher-code__holder">
            <div>
              <dt>{t('voucher.code.name')}</dt>
              <dd className="voucher-code__name">
                <DataText>{code.holderName}</DataText>
              </dd>
            </div>
            <div>
              <dt>{t('voucher.code.idNumber')}</dt>
              <dd>
                <DataText>{code.holderIdNumber}</DataText>
              </dd>
            </div>
            <div>
              <dt>{t('voucher.code.region')}</dt>
              <dd>
                <DataText>{code.regionName}</DataText>
              </dd>
            </div>
          </dl>
          <div className="voucher-code__qr">
            <QrCanvas
              value={code.ecToken}
              size={size}
              label={t('voucher.code.qrLabel', { name: code.holderName, region: code.regionName })}
            />
          </div>
          <p className="voucher-code__timer" role="timer" aria-live="off">
            {busy
              ? t('voucher.code.refreshing')
              : t('voucher.code.secondsLeft', { count: secondsLeft })}
          </p>
        </>
      ) : (
        <CodeUnavailable state={state} onRetry={refresh} />
      )}
      {state.kind !== 'offline' && state.kind !== 'error' ? (
        <button
          type="button"
          className="btn btn--secondary btn--block"
          onClick={refresh}
          disabled={busy || state.kind === 'loading'}
        >
          {t('voucher.code.refresh')}
        </button>
      ) : null}
      <p className="muted small">{t('voucher.code.screenshot')}</p>
    </section>
  );
}

function CodeUnavailable({ state, onRetry }: { state: LiveCode; onRetry: () => void }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'loading':
      return (
        <p role="status" className="voucher-code__placeholder">
          {t('voucher.code.loading')}
        </p>
      );
    case 'offline':
      return (
        <div role="alert" className="voucher-code__placeholder voucher-code__placeholder--warn">
          <strong>{t('voucher.code.offlineTitle')}</strong>
          <p>{t('voucher.code.offlineBody')}</p>
        </div>
      );
    case 'expired':
      return (
        <p role="status" className="voucher-code__placeholder">
          {t('voucher.code.expired')}
        </p>
      );
    case 'error':
      return (
        <ErrorView error={state.error} onRetry={onRetry} title={t('voucher.code.errorTitle')} />
      );
    case 'live':
      return null;
  }
}
