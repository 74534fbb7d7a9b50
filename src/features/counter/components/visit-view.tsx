import { useTranslation } from 'react-i18next';
import type { CounterVisit } from '@/api-contract/settlement';
import { DataText } from '@/components/data-text';
import { BillView } from './bill-view';
import { useInstitutionKind } from './place-picker';
import { PrescriptionCard } from './prescription-card';
import { WalkInEditor } from './walk-in-editor';

/** The bills that still count: a pending one blocks a new one, a paid one settles its prescription. */
function liveBills(visit: CounterVisit) {
  return visit.settlements.filter((s) => s.status === 'pending' || s.status === 'paid');
}

interface VisitViewProps {
  visit: CounterVisit;
  onDone: () => void;
}

/** The person in front of the counter, what can be billed for them here, and their bills. */
export function VisitView({ visit, onDone }: VisitViewProps) {
  const { t } = useTranslation();
  const kind = useInstitutionKind();
  const live = liveBills(visit);
  const blocked = live.some((s) => s.status === 'pending');
  const { holder, institution } = visit;

  return (
    <div className="stack">
      <section className="card" aria-labelledby="counter-holder">
        <h2 id="counter-holder" className="card__title">
          {t('counter.visit.title')}
        </h2>
        <dl className="definition-list">
          <div>
            <dt>{t('counter.visit.name')}</dt>
            <dd>
              <DataText>{holder.name}</DataText>
            </dd>
          </div>
          <div>
            <dt>{t('counter.visit.idNumber')}</dt>
            <dd>{holder.idNumber}</dd>
          </div>
          <div>
            <dt>{t('counter.visit.region')}</dt>
            <dd>
              <DataText>{holder.regionName}</DataText>
            </dd>
          </div>
          <div>
            <dt>{t('counter.visit.scheme')}</dt>
            <dd>
              {t(`counter.visit.schemeValue.${holder.scheme}`)} ·{' '}
              {t(`counter.visit.statusValue.${holder.status}`)}
            </dd>
          </div>
        </dl>
        <p className="muted small">
          <DataText>{institution.name}</DataText> · {kind(institution)}
        </p>
      </section>

      {visit.settlements.length > 0 ? (
        <section className="stack" aria-label={t('counter.bill.items')}>
          {visit.settlements.map((bill) => (
            <BillView key={bill.id} bill={bill} visitId={visit.id} />
          ))}
        </section>
      ) : null}

      {institution.kind === 'pharmacy' ? (
        <section className="stack" aria-labelledby="counter-rx">
          <h2 id="counter-rx" className="section-title">
            {t('counter.rx.title')}
          </h2>
          {visit.prescriptions.length === 0 ? (
            <p className="muted">{t('counter.rx.none')}</p>
          ) : (
            visit.prescriptions.map((rx) => (
              <PrescriptionCard
                key={rx.id}
                visitId={visit.id}
                prescription={rx}
                blocked={blocked}
                billed={live.some((s) => s.prescriptionId === rx.id)}
              />
            ))
          )}
        </section>
      ) : (
        <WalkInEditor visitId={visit.id} blocked={blocked} />
      )}

      <button type="button" className="btn btn--secondary btn--block" onClick={onDone}>
        {t('counter.visit.next')}
      </button>
    </div>
  );
}
