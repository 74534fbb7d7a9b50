import { useTranslation } from 'react-i18next';
import { usePwa } from '@/lib/pwa-store';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const { needRefresh, update, dismiss } = usePwa();
  if (!needRefresh || !update) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('update.available')}</span>
      <button type="button" className="btn btn--small btn--primary" onClick={() => void update()}>
        {t('update.reload')}
      </button>
      <button type="button" className="btn btn--small btn--secondary" onClick={dismiss}>
        {t('update.later')}
      </button>
    </div>
  );
}
