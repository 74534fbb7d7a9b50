import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-error';
import { isRouteChunkError } from '@/lib/lazy-route';

/** The i18n key (with fallbacks) and params for any error a screen may meet. */
export function errorMessage(error: unknown): { keys: string[]; params: Record<string, unknown> } {
  if (isApiError(error)) {
    return {
      keys: [error.i18nKey, error.kind === 'http' ? 'errors.http' : 'errors.unknown'],
      params: { seconds: error.retryAfterSeconds ?? 60 },
    };
  }
  if (isRouteChunkError(error)) {
    return { keys: [error.offline ? 'offline.pageNotSaved' : 'errors.pageDownload'], params: {} };
  }
  return { keys: ['errors.unknown'], params: {} };
}

export function useErrorText(error: unknown): string {
  const { t } = useTranslation();
  const { keys, params } = errorMessage(error);
  return t(keys, params);
}

interface ErrorViewProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/** A translated failure with a way to try again: every failing screen shows one. */
export function ErrorView({ error, onRetry, title }: ErrorViewProps) {
  const { t } = useTranslation();
  const text = useErrorText(error);
  return (
    <section className="error-view" role="alert" aria-live="assertive">
      <h2 className="error-view__title">{title ?? t('errors.title')}</h2>
      <p className="error-view__text">{text}</p>
      {onRetry ? (
        <button type="button" className="btn btn--primary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      ) : null}
    </section>
  );
}
