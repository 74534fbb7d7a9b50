import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-error';
import { chinaDay, formatChinaMonthDayTime, formatChinaTime } from '@/lib/china-time';

/** HH:mm in China time (where every date of the app is shown), with the day when not today. */
export function formatCopyTime(savedAtMs: number, language: string, nowMs: number): string {
  return chinaDay(savedAtMs) === chinaDay(nowMs)
    ? formatChinaTime(savedAtMs, language)
    : formatChinaMonthDayTime(savedAtMs, language);
}

interface OfflineCopyNoticeProps {
  /** When what is shown was last received from the server. */
  savedAtMs: number;
  /** Why it could not be refreshed. */
  error: unknown;
  onRetry?: () => void;
}

/**
 * Says that a screen shows its last copy, and how old it is: a code shown at a counter with no
 * signal must not pass for a fresh answer.
 */
export function OfflineCopyNotice({ savedAtMs, error, onRetry }: OfflineCopyNoticeProps) {
  const { t, i18n } = useTranslation();
  // Whether to name the day is decided when the notice appears; it shows for minutes, not days.
  const [nowMs] = useState(() => Date.now());
  const time = formatCopyTime(savedAtMs, i18n.language, nowMs);
  const offline = isApiError(error) && error.kind === 'offline';
  return (
    <div className="notice offline-copy" role="status">
      <span>{t(offline ? 'offline.snapshotOffline' : 'offline.snapshotStale', { time })}</span>
      {onRetry ? (
        <button type="button" className="btn btn--small btn--secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      ) : null}
    </div>
  );
}
