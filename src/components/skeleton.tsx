import { useTranslation } from 'react-i18next';

/** Grey blocks in the shape of what is loading; announced once for screen readers. */
export function Skeleton({ lines = 3 }: { lines?: number }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton" role="status" aria-label={t('app.loading')}>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton__line" style={{ width: `${90 - i * 15}%` }} />
      ))}
    </div>
  );
}
