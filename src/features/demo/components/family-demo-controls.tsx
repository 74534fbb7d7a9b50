import { useTranslation } from 'react-i18next';
import { ErrorView } from '@/components/error-view';
import { useLoseNextFamilyAnswer } from '../api/family-demo';

/**
 * Family mutual-aid control: the next transfer or premium payment is done, then its answer is
 * lost, once. The app says the outcome is unknown and offers a retry, which pays once.
 */
export function FamilyDemoControls({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const arm = useLoseNextFamilyAnswer();
  return (
    <section className="card" aria-labelledby="demo-family">
      <h2 id="demo-family" className="card__title">
        {t('demo.family.title')}
      </h2>
      {arm.error ? <ErrorView error={arm.error} /> : null}
      <button
        type="button"
        className="btn btn--secondary btn--block"
        disabled={arm.isPending}
        aria-describedby="demo-family-hint"
        onClick={() => arm.mutate(undefined, { onSuccess: onSaved })}
      >
        {t('demo.family.loseNext')}
      </button>
      <p id="demo-family-hint" className="muted small">
        {arm.data?.loseNextAnswer ? t('demo.family.armed') : t('demo.family.hint')}
      </p>
    </section>
  );
}
