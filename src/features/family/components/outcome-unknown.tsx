import { useTranslation } from 'react-i18next';
import { useErrorText } from '@/components/error-view';
import '../i18n/family-strings';

/**
 * A money move whose answer never came: it may have been done. The only way on is to retry
 * the same intent (same key), which the server answers with what it did, so nothing is paid
 * twice; the form stays locked until then.
 */
export function OutcomeUnknown({
  error,
  onRetry,
  busy,
}: {
  /** Null for an intent a previous visit left unanswered (it has no error of this visit). */
  error: unknown;
  onRetry: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText(error);
  const reason = error === null ? t('family.pending.resumed') : errorText;
  return (
    <section className="card card--warn" role="alert" aria-live="assertive">
      <h2 className="card__title">{t('family.pending.title')}</h2>
      <p>{reason}</p>
      <p>{t('family.pending.body')}</p>
      <button
        type="button"
        className="btn btn--primary btn--block"
        disabled={busy}
        onClick={onRetry}
      >
        {t('family.pending.retry')}
      </button>
    </section>
  );
}
