import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api-contract/auth';
import type { Faults } from '@/api-contract/demo';
import { confirm } from '@/components/confirm';
import { ErrorView } from '@/components/error-view';
import { Skeleton } from '@/components/skeleton';
import { IDLE_TIMEOUT_OVERRIDE_KEY } from '@/lib/config';
import { maskPhone } from '@/lib/mask';
import { useDemoState } from '../api/get-demo-state';
import { useResetDemo } from '../api/reset-demo';
import { useSwitchPersona } from '../api/switch-persona';
import { useUpdateFaults } from '../api/update-faults';

const IDLE_OPTIONS = [
  { key: 'default', value: '' },
  { key: 'twoMinutes', value: String(2 * 60 * 1000) },
  { key: 'twentySeconds', value: String(20 * 1000) },
] as const;

interface DemoPanelProps {
  /** Phone of the signed-in person, to mark which demo person is current. */
  currentPhone: string | null;
  onSession: (session: Session) => void;
}

export function DemoPanel({ currentPhone, onSession }: DemoPanelProps) {
  const { t } = useTranslation();
  const state = useDemoState();
  const updateFaults = useUpdateFaults();
  const reset = useResetDemo();
  const switchPersona = useSwitchPersona();
  const [message, setMessage] = useState<string | null>(null);
  const [pendingFaults, setPendingFaults] = useState<Faults | null>(null);
  const [idle, setIdle] = useState(() => localStorage.getItem(IDLE_TIMEOUT_OVERRIDE_KEY) ?? '');

  if (state.isPending) return <Skeleton lines={6} />;
  if (state.isError) return <ErrorView error={state.error} onRetry={() => void state.refetch()} />;

  // Controls move at once; the backend's answer confirms (or rolls back) the change.
  const faults = pendingFaults ?? state.data.faults;
  const setFaults = (patch: Partial<Faults>) => {
    const next = { ...faults, ...patch };
    setPendingFaults(next);
    updateFaults.mutate(next, {
      onSuccess: () => setMessage(t('demo.saved')),
      onSettled: () => setPendingFaults(null),
    });
  };

  return (
    <div className="stack">
      <p className="muted">{t('demo.intro')}</p>
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      {[updateFaults.error, reset.error, switchPersona.error].map((error, i) =>
        error ? <ErrorView key={i} error={error} /> : null,
      )}

      <section className="card" aria-labelledby="demo-personas">
        <h2 id="demo-personas" className="card__title">
          {t('demo.personas')}
        </h2>
        <ul className="list">
          {state.data.personas.map((persona) => (
            <li key={persona.id} className="list__item">
              <div className="list__main">
                <span className="list__title">{t(persona.labelKey)}</span>
                <span className="muted">{maskPhone(persona.phone)}</span>
              </div>
              {persona.phone === currentPhone ? (
                <span className="tag">{t('demo.current')}</span>
              ) : (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  aria-label={`${t('demo.switchTo')}: ${t(persona.labelKey)}`}
                  disabled={switchPersona.isPending}
                  onClick={() =>
                    switchPersona.mutate(persona.id, {
                      onSuccess: (session) => {
                        onSession(session);
                        setMessage(t('demo.switched', { name: t(persona.labelKey) }));
                      },
                    })
                  }
                >
                  {t('demo.switchTo')}
                </button>
              )}
            </li>
          ))}
        </ul>
        <p className="muted small">
          {t('demo.smsHint', { phones: state.data.personas.map((p) => p.phone).join(' / ') })}
        </p>
      </section>

      <section className="card" aria-labelledby="demo-faults">
        <h2 id="demo-faults" className="card__title">
          {t('demo.faults')}
        </h2>
        <div className="field">
          <label htmlFor="demo-latency" className="field__label">
            {t('demo.latency')}: {t('demo.latencyValue', { seconds: faults.latencyMs / 1000 })}
          </label>
          <input
            id="demo-latency"
            type="range"
            min={0}
            max={5000}
            step={500}
            value={faults.latencyMs}
            onChange={(e) => setFaults({ latencyMs: Number(e.target.value) })}
          />
        </div>
        <div className="field">
          <label htmlFor="demo-error-rate" className="field__label">
            {t('demo.errorRate')}: {t('demo.errorRateValue', { percent: faults.errorRate })}
          </label>
          <input
            id="demo-error-rate"
            type="range"
            min={0}
            max={100}
            step={10}
            value={faults.errorRate}
            onChange={(e) => setFaults({ errorRate: Number(e.target.value) })}
          />
        </div>
        <label className="switch-row">
          <span>{t('demo.offline')}</span>
          <input
            type="checkbox"
            role="switch"
            checked={faults.offline}
            onChange={(e) => setFaults({ offline: e.target.checked })}
          />
        </label>
        <div className="field">
          <label htmlFor="demo-idle" className="field__label">
            {t('demo.idleTimeout')}
          </label>
          <select
            id="demo-idle"
            className="field__input"
            value={idle}
            onChange={(e) => {
              const value = e.target.value;
              setIdle(value);
              if (value) localStorage.setItem(IDLE_TIMEOUT_OVERRIDE_KEY, value);
              else localStorage.removeItem(IDLE_TIMEOUT_OVERRIDE_KEY);
              setMessage(t('demo.saved'));
            }}
          >
            {IDLE_OPTIONS.map((o) => (
              <option key={o.key} value={o.value}>
                {t(`demo.idleTimeoutOption.${o.key}`)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <button
        type="button"
        className="btn btn--danger btn--block"
        disabled={reset.isPending}
        onClick={async () => {
          if (await confirm(t('demo.resetConfirm'))) {
            reset.mutate(undefined, { onSuccess: () => setMessage(t('demo.resetDone')) });
          }
        }}
      >
        {t('demo.reset')}
      </button>
    </div>
  );
}
