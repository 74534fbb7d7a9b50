import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import { useMe } from '@/features/auth/api/get-me';
import { useSignOut } from '@/features/auth/hooks/use-sign-out';
import { confirm } from '@/components/confirm';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { Page } from '@/components/page';
import { Skeleton } from '@/components/skeleton';
import { appConfig } from '@/lib/config';
import { maskIdNumber, maskName, maskPhone } from '@/lib/mask';
import { LANGUAGES, usePreferences, type Language } from '@/lib/preferences-store';
import { RequireAuth } from '../require-auth';

function Profile() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Skeleton lines={4} />;
  if (me.isError) return <ErrorView error={me.error} onRetry={() => void me.refetch()} />;
  return (
    <dl className="card definition-list">
      <div>
        <dt>{t('me.name')}</dt>
        <dd>
          <DataText>{maskName(me.data.name)}</DataText>
        </dd>
      </div>
      <div>
        <dt>{t('me.phone')}</dt>
        <dd>{maskPhone(me.data.phone)}</dd>
      </div>
      <div>
        <dt>{t('me.idNumber')}</dt>
        <dd>{maskIdNumber(me.data.idNumber)}</dd>
      </div>
      <div>
        <dt>{t('me.region')}</dt>
        <dd>
          <DataText>{me.data.insurance.regionName}</DataText>
        </dd>
      </div>
    </dl>
  );
}

function Settings() {
  const { t } = useTranslation();
  const { language, setLanguage, elderMode, setElderMode } = usePreferences();
  return (
    <section className="card" aria-labelledby="me-settings">
      <h2 id="me-settings" className="card__title">
        {t('me.settings')}
      </h2>
      <RadioGroup<Language>
        legend={t('me.language')}
        legendClassName="field__label"
        name="language"
        value={language}
        options={LANGUAGES.map((lng) => ({
          value: lng,
          label: t(`me.languageName.${lng}`),
          lang: lng,
        }))}
        onChange={setLanguage}
      />
      <label className="switch-row">
        <span>
          {t('me.elderMode')}
          <span className="muted small block">{t('me.elderModeDesc')}</span>
        </span>
        <input
          type="checkbox"
          role="switch"
          checked={elderMode}
          onChange={(e) => setElderMode(e.target.checked)}
        />
      </label>
    </section>
  );
}

export function MeRoute() {
  return (
    <RequireAuth>
      <MeScreen />
    </RequireAuth>
  );
}

function MeScreen() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Page title={t('me.title')}>
      <Profile />
      <Settings />
      {appConfig.demo ? (
        <Link className="btn btn--secondary btn--block" to="/demo">
          {t('me.demoPanel')}
        </Link>
      ) : null}
      <button
        type="button"
        className="btn btn--danger btn--block"
        onClick={async () => {
          const ok = await confirm(t('me.signOutConfirm'));
          if (ok) {
            signOut('user');
            // Replace, not push: 我的 needs a session, so going back to it would only bounce
            // to sign-in again, and the person's first tap on back would seem to do nothing.
            void navigate('/login', { replace: true });
          }
        }}
      >
        {t('me.signOut')}
      </button>
      <p className="muted small center">{t('me.version', { version: appConfig.version })}</p>
    </Page>
  );
}
