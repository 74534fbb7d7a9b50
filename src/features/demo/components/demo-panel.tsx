import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/select-field';
import type { Session } from '@/api-contract/auth';
import type { Faults } from '@/api-contract/demo';
import { confirm } from '@/components/confirm';
import { ErrorView } from '@/components/error-view';
import { FieldShell } from '@/components/field-shell';
import { Skeleton } from '@/components/skeleton';
import { idleTimeoutOverride, setIdleTimeoutOverride } from '@/lib/idle-timeout';
import { maskPhone } from '@/lib/mask';
import { useDemoState } from '../api/get-demo-state';
import { useResetDemo } from '../api/reset-demo';
import { useSwitchPersona } from '../api/switch-persona';
import { useUpdateFaults } from '../api/update-faults';
import { registerDemoStrings } from '../i18n/demo-strings';
import { FamilyDemoControls } from './family-demo-controls';
import { PaymentDemoControls } from './payment-demo-controls';
import { TraceDemoControls } from './trace-demo-controls';
import { VoucherDemoControls } from './voucher-demo-controls';
import './demo-panel.css';

// The console's strings come with it: only demo builds load this module.
registerDemoStrings();

const IDLE_OPTIONS = [
  { key: 'default', value: '' },
  { key: 'twoMinutes', value: String(2 * 60 * 1000) },
  { key: 'twentySeconds', value: String(20 * 1000) },
] as const;

/** Long enough to read a sentence; the status stays in the accessibility tree regardless. */
const STATUS_MS = 4_000;

interface FaultSliderProps {
  label: string;
  valueText: string;
  value: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
}

function FaultSlider({ label, valueText, value, max, step, onChange }: FaultSliderProps) {
  const { t } = useTranslation();
  return (
    <FieldShell
      label={
        <>
          {label}
          {t('app.colon')}
          {valueText}
        </>
      }
    >
      {({ inputId }) => (
        <input
          id={inputId}
          type="range"
          min={0}
          max={max}
          step={step}
          value={value}
          aria-valuetext={valueText}
          onChange={(e) => onChange(Number(e.target.value))}
        />
      )}
    </FieldShell>
  );
}

/**
 * One short status at a time, over the page rather than in it: a line that pushed the controls
 * down as it appeared would move the slider under the person's finger.
 */
function useStatus(): [string | null, (text: string) => void] {
  // An object, so the same text shown twice restarts the timer.
  const [status, setStatus] = useState<{ text: string } | null>(null);
  useEffect(() => {
    if (status === null) return;
    const timer = setTimeout(() => setStatus(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return [status?.text ?? null, (text) => setStatus({ text })];
}

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
  const [status, showStatus] = useStatus();
  const [pendingFaults, setPendingFaults] = useState<Faults | null>(null);
  const [idle, setIdle] = useState(() => String(idleTimeoutOverride() ?? ''));

  if (state.isPending) return <Skeleton lines={6} />;
  if (state.isError) return <ErrorView error={state.error} onRetry={() => void state.refetch()} />;

  // Controls move at once; the backend's answer confirms (or rolls back) the change.
  const faults = pendingFaults ?? state.data.faults;
  const setFaults = (patch: Partial<Faults>) => {
    const next = { ...faults, ...patch };
    setPendingFaults(next);
    updateFaults.mutate(next, {
      onSuccess: () => showStatus(t('demo.saved')),
      onSettled: () => setPendingFaults(null),
    });
  };
  const percent = (value: number) => t('demo.percentValue', { percent: value });
  const personaName = (persona: { labelKey: string }) =>
    t(persona.labelKey.replace('demo.persona.', 'demo.personaName.'));

  return (
    <div className="stack">
      <p className="muted">{t('demo.intro')}</p>
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
                {/* The name tells the presenter which person the guide means (林晓燕 …). */}
                <span className="list__title">
                  {personaName(persona)} · <span>{t(persona.labelKey)}</span>
                </span>
                <span className="muted">{maskPhone(persona.phone)}</span>
              </div>
              {persona.phone === currentPhone ? (
                <span className="tag">{t('demo.current')}</span>
              ) : (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  aria-label={`${t('demo.switchTo')}${t('app.colon')}${t(persona.labelKey)}`}
                  disabled={switchPersona.isPending}
                  onClick={() =>
                    switchPersona.mutate(persona.id, {
                      onSuccess: (session) => {
                        onSession(session);
                        showStatus(t('demo.switched', { name: t(persona.labelKey) }));
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
        <h3 className="demo-faults__group">{t('demo.faultsBefore')}</h3>
        <FaultSlider
          label={t('demo.latency')}
          valueText={t('demo.latencyValue', { seconds: faults.latencyMs / 1000 })}
          value={faults.latencyMs}
          max={5000}
          step={500}
          onChange={(latencyMs) => setFaults({ latencyMs })}
        />
        <FaultSlider
          label={t('demo.errorRate')}
          valueText={percent(faults.errorRate)}
          value={faults.errorRate}
          max={100}
          step={10}
          onChange={(errorRate) => setFaults({ errorRate })}
        />
        <label className="switch-row">
          <span>{t('demo.offline')}</span>
          <input
            type="checkbox"
            role="switch"
            checked={faults.offline}
            onChange={(e) => setFaults({ offline: e.target.checked })}
          />
        </label>

        <h3 className="demo-faults__group">{t('demo.faultsAfter')}</h3>
        <FaultSlider
          label={t('demo.lostResponseRate')}
          valueText={percent(faults.lostResponseRate)}
          value={faults.lostResponseRate}
          max={100}
          step={10}
          onChange={(lostResponseRate) => setFaults({ lostResponseRate })}
        />
        <FaultSlider
          label={t('demo.slowResponseRate', { seconds: state.data.slowResponseMs / 1000 })}
          valueText={percent(faults.slowResponseRate)}
          value={faults.slowResponseRate}
          max={100}
          step={10}
          onChange={(slowResponseRate) => setFaults({ slowResponseRate })}
        />

        <SelectField
          label={t('demo.idleTimeout')}
          hint={t('demo.idleTimeoutHint')}
          value={idle}
          onChange={(value) => {
            setIdle(value);
            // Applies at once: a signed-in session restarts its count with the new time.
            setIdleTimeoutOverride(value ? Number(value) : null);
            showStatus(t('demo.saved'));
          }}
        >
          {IDLE_OPTIONS.map((o) => (
            <option key={o.key} value={o.value}>
              {t(`demo.idleTimeoutOption.${o.key}`)}
            </option>
          ))}
        </SelectField>
      </section>

      <VoucherDemoControls onSaved={() => showStatus(t('demo.saved'))} />

      <PaymentDemoControls onSaved={() => showStatus(t('demo.saved'))} />

      <FamilyDemoControls onSaved={() => showStatus(t('demo.saved'))} />

      <TraceDemoControls />

      <p className="muted small">{t(`demo.storage.${state.data.storage}`)}</p>
      <button
        type="button"
        className="btn btn--danger btn--block"
        disabled={reset.isPending}
        onClick={async () => {
          if (await confirm(t('demo.resetConfirm'))) {
            reset.mutate(undefined, { onSuccess: () => showStatus(t('demo.resetDone')) });
          }
        }}
      >
        {t('demo.reset')}
      </button>

      {/* Always rendered, so screen readers are already watching it when a message arrives. */}
      <div className="demo-status" role="status">
        {status ? <p className="notice demo-status__text">{status}</p> : null}
      </div>
    </div>
  );
}
