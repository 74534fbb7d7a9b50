import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataText } from '@/components/data-text';
import { isApiError } from '@/lib/api-error';
import { birthDateFromId } from '@/lib/id-number';
import { maskIdNumber } from '@/lib/mask';
import { useActivateVoucher } from '../api/activate-voucher';
import { useCheckIdentity } from '../api/check-identity';
import { nameError, normaliseName } from '@/lib/person-name';
import { checkId, passwordError } from '../lib/validation';
import { useActivationDraft, type WizardStep } from '../stores/activation-draft-store';
import { FaceCapture } from './face-capture';
import { TextField } from '@/components/text-field';
import { InlineError } from '@/components/inline-error';
import '../i18n/voucher-strings';
import './voucher.css';

/**
 * Every activation has the same five steps, so the count said on the first screen is the count
 * at the end. The regions are only known after the identity step: a wizard that left out the
 * region step for a single region changed "共 4 步" into "共 5 步" mid-way (issue 18). With one
 * current region the step is a confirmation, already chosen.
 */
const STEPS: readonly WizardStep[] = ['consent', 'identity', 'region', 'face', 'password'];

/**
 * The activation wizard: notice and consent → name and ID → insured region (chosen among
 * several, or confirmed) → face check → password → the code. Every step keeps what was typed (the draft
 * store) and a return to /voucher/activate resumes at the step the person left.
 */
export function ActivationWizard({ onActivated }: { onActivated?: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const draft = useActivationDraft();
  const steps = STEPS;
  const step = steps.includes(draft.step) ? draft.step : 'identity';
  const index = steps.indexOf(step);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each step's heading takes focus, so a screen reader starts reading the new step.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const goTo = (next: WizardStep) => draft.update({ step: next });
  const back = () => {
    const previous = steps[index - 1];
    if (previous) goTo(previous);
  };

  return (
    <div className="stack voucher-wizard">
      <p className="muted">
        {t('voucher.wizard.progress', { current: index + 1, total: steps.length })}
      </p>
      <h2 ref={heading} tabIndex={-1} className="section-title">
        {t(`voucher.wizard.steps.${step}`)}
      </h2>
      <ol className="voucher-steps" aria-hidden="true">
        {steps.map((s, i) => (
          <li key={s} className={i <= index ? 'voucher-steps__item--done' : undefined} />
        ))}
      </ol>
      {step === 'consent' ? <ConsentStep onNext={() => goTo('identity')} /> : null}
      {step === 'identity' ? <IdentityStep onBack={back} /> : null}
      {step === 'region' ? <RegionStep onBack={back} onNext={() => goTo('face')} /> : null}
      {step === 'face' ? <FaceStep onBack={back} onNext={() => goTo('password')} /> : null}
      {step === 'password' ? <PasswordStep onBack={back} onActivated={onActivated} /> : null}
    </div>
  );
}

function StepButtons({
  onBack,
  nextLabel,
  busy,
}: {
  onBack?: () => void;
  nextLabel?: string;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="voucher-wizard__buttons">
      {onBack ? (
        <button type="button" className="btn btn--secondary" onClick={onBack}>
          {t('voucher.wizard.back')}
        </button>
      ) : null}
      <button
        type="submit"
        className="btn btn--primary"
        disabled={busy}
        aria-busy={busy || undefined}
      >
        {busy ? t('voucher.wizard.sending') : (nextLabel ?? t('voucher.wizard.next'))}
      </button>
    </div>
  );
}

function ConsentStep({ onNext }: { onNext: () => void }) {
  const { t } = useTranslation();
  const consented = useActivationDraft((s) => s.consented);
  const update = useActivationDraft((s) => s.update);
  const [error, setError] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!consented) {
      setError(true);
      return;
    }
    onNext();
  };
  return (
    <form className="form stack" onSubmit={submit} noValidate>
      <div className="card">
        <p>{t('voucher.consent.what')}</p>
        <p>{t('voucher.consent.data')}</p>
        <p>{t('voucher.consent.card')}</p>
        <p className="muted small">{t('voucher.consent.source')}</p>
      </div>
      <label className="voucher-check">
        <input
          type="checkbox"
          checked={consented}
          aria-invalid={error && !consented ? true : undefined}
          aria-describedby={error && !consented ? 'voucher-consent-error' : undefined}
          onChange={(e) => {
            update({ consented: e.target.checked });
            setError(false);
          }}
        />
        <span>{t('voucher.consent.agree')}</span>
      </label>
      {error && !consented ? (
        <p id="voucher-consent-error" className="field__error">
          {t('voucher.errors.consent')}
        </p>
      ) : null}
      <StepButtons />
    </form>
  );
}

function IdentityStep({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const name = useActivationDraft((s) => s.name);
  const idNumber = useActivationDraft((s) => s.idNumber);
  const update = useActivationDraft((s) => s.update);
  const [showErrors, setShowErrors] = useState(false);
  const check = useCheckIdentity();
  const nameProblem = nameError(name);
  const id = checkId(idNumber);
  const nameText = showErrors && nameProblem ? t(`voucher.errors.${nameProblem}`) : null;
  // A refusal of the ID itself is the ID field's message, not a second one under the form.
  const serverOnId = isApiError(check.error) && check.error.code === 'ID_NUMBER_INVALID';
  const idText =
    showErrors && id.error
      ? t(`voucher.errors.${id.error}`, { count: id.length })
      : serverOnId
        ? t('errors.api.ID_NUMBER_INVALID')
        : null;
  // The backend's answer was about what was sent: once a value changes, it no longer holds.
  const edit = (patch: { name: string } | { idNumber: string }) => {
    update(patch);
    if (check.isError) check.reset();
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setShowErrors(true);
    if (nameProblem !== null || id.idNumber === null) {
      const form = e.currentTarget;
      // Focus moves after React has marked the fields.
      requestAnimationFrame(() =>
        (
          form.querySelector<HTMLInputElement>('[aria-invalid="true"]') ??
          form.querySelector<HTMLInputElement>('input')
        )?.focus(),
      );
      return;
    }
    const body = { name: normaliseName(name), idNumber: id.idNumber };
    check.mutate(body, {
      onSuccess: ({ regions }) => {
        const current = regions.filter((r) => r.status === 'current');
        update({
          name: body.name,
          idNumber: body.idNumber,
          regions,
          // A single current region is chosen already; with several (a stale one among them)
          // the person reads why and chooses.
          regionCode: regions.length === 1 ? (current[0]?.code ?? null) : null,
          // A new identity needs a new face check.
          faceCheckId: null,
          faceCheckValidUntilMs: null,
          step: 'region',
        });
      },
    });
  };

  return (
    <form className="form stack" onSubmit={submit} noValidate>
      <p>{t('voucher.identity.intro')}</p>
      <TextField
        label={t('voucher.identity.name')}
        value={name}
        onChange={(value) => edit({ name: value })}
        error={nameText}
        hint={t('voucher.identity.nameHint')}
        autoComplete="name"
        lang="zh-CN"
      />
      <TextField
        label={t('voucher.identity.idNumber')}
        value={idNumber}
        onChange={(value) => edit({ idNumber: value })}
        error={idText}
        hint={t('voucher.identity.idHint')}
        autoComplete="off"
        inputMode="text"
        maxLength={24}
        spellCheck={false}
      />
      {check.isError && !serverOnId ? <InlineError error={check.error} /> : null}
      <StepButtons onBack={onBack} busy={check.isPending} />
    </form>
  );
}

function RegionStep({ onBack, onNext }: { onBack: () => void; onNext: () => void }) {
  const { t } = useTranslation();
  const regions = useActivationDraft((s) => s.regions);
  const regionCode = useActivationDraft((s) => s.regionCode);
  const update = useActivationDraft((s) => s.update);
  const [error, setError] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = regions.find((r) => r.code === regionCode);
    if (chosen === undefined || chosen.status !== 'current') {
      setError(true);
      return;
    }
    onNext();
  };
  return (
    <form className="form stack" onSubmit={submit} noValidate>
      <p>{t(regions.length > 1 ? 'voucher.region.why' : 'voucher.region.whyOne')}</p>
      <fieldset
        className="voucher-regions"
        aria-describedby={error ? 'voucher-region-error' : undefined}
      >
        <legend className="field__label">{t('voucher.region.legend')}</legend>
        {regions.map((region) => {
          const stale = region.status === 'stale';
          const noteId = `voucher-region-${region.code}-note`;
          return (
            <label
              key={region.code}
              className={`voucher-region${stale ? ' voucher-region--stale' : ''}`}
            >
              <input
                type="radio"
                name="region"
                value={region.code}
                checked={regionCode === region.code}
                disabled={stale}
                aria-describedby={noteId}
                onChange={() => {
                  update({ regionCode: region.code });
                  setError(false);
                }}
              />
              <span className="voucher-region__text">
                <strong>
                  <DataText>{region.name}</DataText>
                </strong>
                <span id={noteId} className="small">
                  {t(stale ? 'voucher.region.stale' : 'voucher.region.current', {
                    date: region.updatedOn,
                  })}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {error ? (
        <p id="voucher-region-error" className="field__error" role="alert">
          {t('voucher.errors.region')}
        </p>
      ) : null}
      {regions.some((r) => r.status === 'stale') ? (
        <div className="card card--warn">
          <h3 className="card__title">{t('voucher.region.staleTitle')}</h3>
          <p>{t('voucher.region.staleAdvice')}</p>
        </div>
      ) : null}
      <StepButtons onBack={onBack} />
    </form>
  );
}

function FaceStep({ onBack, onNext }: { onBack: () => void; onNext: () => void }) {
  const { t } = useTranslation();
  const idNumber = useActivationDraft((s) => s.idNumber);
  const faceCheckId = useActivationDraft((s) => s.faceCheckId);
  const validUntil = useActivationDraft((s) => s.faceCheckValidUntilMs);
  const update = useActivationDraft((s) => s.update);
  const [now] = useState(() => Date.now());
  const stillValid = faceCheckId !== null && validUntil !== null && validUntil > now + 30_000;
  return (
    <div className="stack">
      {stillValid ? (
        <>
          <p role="status" className="notice">
            {t('voucher.face.passed')}
          </p>
          <button type="button" className="btn btn--primary btn--block" onClick={onNext}>
            {t('voucher.wizard.next')}
          </button>
          <button
            type="button"
            className="btn btn--secondary btn--block"
            onClick={() => update({ faceCheckId: null, faceCheckValidUntilMs: null })}
          >
            {t('voucher.face.again')}
          </button>
        </>
      ) : (
        <FaceCapture
          idNumber={idNumber}
          subject="self"
          onPassed={(result) => {
            update({
              faceCheckId: result.faceCheckId,
              faceCheckValidUntilMs: result.validUntilMs,
              step: 'password',
            });
          }}
        />
      )}
      <button type="button" className="btn btn--secondary" onClick={onBack}>
        {t('voucher.wizard.back')}
      </button>
    </div>
  );
}

function PasswordStep({
  onBack,
  onActivated,
}: {
  onBack: () => void;
  onActivated: (() => Promise<unknown>) | undefined;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const draft = useActivationDraft();
  const [showErrors, setShowErrors] = useState(false);
  const activate = useActivateVoucher(onActivated);
  const birthDate = birthDateFromId(draft.idNumber) ?? '';
  const problem = passwordError(draft.password, draft.confirmation, birthDate, draft.idNumber);
  const passwordProblemKey = problem !== null && problem !== 'passwordMismatch' ? problem : null;
  // A draft resumed after the face check lapsed (or a check the backend refused) sends the
  // person back to the face step, with a word why. It is about the face check, not the
  // password, so it stays while the password is edited.
  const [faceExpired, setFaceExpired] = useState(false);
  const serverCode = isApiError(activate.error) ? activate.error.code : undefined;
  // The backend's refusal of the password is the password field's message, and the field has
  // one message: the wizard's own check of what is typed now comes first.
  const serverOnPassword = serverCode === 'VOUCHER_PASSWORD_WEAK';
  const passwordText =
    showErrors && passwordProblemKey
      ? t(`voucher.errors.${passwordProblemKey}`)
      : serverOnPassword
        ? t('errors.api.VOUCHER_PASSWORD_WEAK')
        : null;
  // The backend's answer was about what was sent: once a value changes, it no longer holds.
  const edit = (patch: { password: string } | { confirmation: string }) => {
    draft.update(patch);
    if (activate.isError) activate.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    if (draft.regionCode === null) {
      onBack();
      return;
    }
    if (problem !== null) return;
    const validUntil = draft.faceCheckValidUntilMs;
    if (draft.faceCheckId === null || (validUntil !== null && validUntil < Date.now())) {
      setFaceExpired(true);
      return;
    }
    activate.mutate(
      {
        name: draft.name,
        idNumber: draft.idNumber,
        regionCode: draft.regionCode,
        faceCheckId: draft.faceCheckId,
        password: draft.password,
      },
      {
        onSuccess: () => {
          draft.reset();
          void navigate('/voucher', { replace: true, state: { justActivated: true } });
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'FACE_CHECK_REQUIRED') setFaceExpired(true);
        },
      },
    );
  };

  return (
    <form className="form stack" onSubmit={submit} noValidate>
      <p>{t('voucher.password.intro', { id: maskIdNumber(draft.idNumber) })}</p>
      <ul className="voucher-tips">
        <li>{t('voucher.password.ruleDigits')}</li>
        <li>{t('voucher.password.ruleEasy')}</li>
        <li>{t('voucher.password.ruleBirth')}</li>
      </ul>
      <TextField
        label={t('voucher.password.password')}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={6}
        value={draft.password}
        onChange={(value) => edit({ password: value })}
        error={passwordText}
      />
      <TextField
        label={t('voucher.password.confirm')}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={6}
        value={draft.confirmation}
        onChange={(value) => edit({ confirmation: value })}
        error={
          showErrors && problem === 'passwordMismatch' ? t('voucher.errors.passwordMismatch') : null
        }
      />
      {activate.isError && !serverOnPassword && serverCode !== 'FACE_CHECK_REQUIRED' ? (
        <InlineError error={activate.error} />
      ) : null}
      {faceExpired ? <InlineError>{t('errors.api.FACE_CHECK_REQUIRED')}</InlineError> : null}
      {faceExpired ? (
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() =>
            draft.update({ faceCheckId: null, faceCheckValidUntilMs: null, step: 'face' })
          }
        >
          {t('voucher.face.again')}
        </button>
      ) : null}
      <StepButtons
        onBack={onBack}
        nextLabel={t('voucher.password.submit')}
        busy={activate.isPending}
      />
    </form>
  );
}
