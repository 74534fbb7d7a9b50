import { useTranslation } from 'react-i18next';
import type { DemoBackendNotice, DemoStorageNotice } from '@/lib/demo-outbox';
import { registerDemoStrings } from '../i18n/demo-strings';
import './storage-notice.css';

// Loaded only when there is a notice, and only in demo builds: its strings come with it.
registerDemoStrings();

interface StorageNoticeProps {
  notice: DemoStorageNotice | DemoBackendNotice;
  onDismiss: () => void;
}

/**
 * What the demo backend did with this browser's saved demo data when it started, or where it
 * runs when that limits the demo (this tab only, restarted).
 */
export function StorageNotice({ notice, onDismiss }: StorageNoticeProps) {
  const { t } = useTranslation();
  return (
    <span className="storage-notice">
      <span>{t(`demo.storageNotice.${notice}`)}</span>
      <button
        type="button"
        className="storage-notice__dismiss"
        aria-label={t('demo.storageNotice.dismiss')}
        onClick={onDismiss}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.5" />
        </svg>
      </button>
    </span>
  );
}
