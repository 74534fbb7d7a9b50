import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '@/components/skeleton';
import { useVisit } from '../api/get-visit';
import { useInstitutions } from '../api/get-institutions';
import { useCounterPlace } from '../hooks/use-counter-place';
import '../i18n/counter-strings';
import { PlacePicker } from './place-picker';
import { ScanForm } from './scan-form';
import { VisitView } from './visit-view';
import { useCounterErrorText } from '../lib/error-text';
import './counter.css';

function OpenVisit({ visitId, onDone }: { visitId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const visit = useVisit(visitId);
  const errorText = useCounterErrorText(visit.error);
  if (visit.isPending) return <Skeleton lines={6} />;
  if (visit.isError) {
    return (
      <section className="card stack" role="alert">
        <p>{errorText}</p>
        <div className="counter-actions">
          <button type="button" className="btn btn--primary" onClick={() => void visit.refetch()}>
            {t('errors.retry')}
          </button>
          <button type="button" className="btn btn--secondary" onClick={onDone}>
            {t('counter.visit.next')}
          </button>
        </div>
      </section>
    );
  }
  return <VisitView visit={visit.data} onDone={onDone} />;
}

/**
 * The demo counter: this tab plays one institution, scans a person's code and bills them. It is
 * only in demo builds (app/router.tsx); a real counter is the institution's own system.
 */
export function CounterScreen() {
  const { t } = useTranslation();
  const [place, setPlace] = useCounterPlace();
  const [visitId, setVisitId] = useState<string | null>(null);
  const institutions = useInstitutions(place.regionCode);
  const institution = institutions.data?.find((i) => i.id === place.institutionId);

  return (
    <div className="stack">
      <p className="muted">{t('counter.intro')}</p>
      {visitId === null ? (
        <>
          <PlacePicker place={place} onChange={setPlace} />
          {institution ? (
            <ScanForm institutionId={institution.id} onOpened={(v) => setVisitId(v.id)} />
          ) : null}
        </>
      ) : (
        <OpenVisit visitId={visitId} onDone={() => setVisitId(null)} />
      )}
    </div>
  );
}
