import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSession } from '@/features/auth/stores/session-store';
import { LanguageSwitch } from '@/components/language-switch';
import { Page } from '@/components/page';

const REASON_KEYS = {
  user: 'auth.signedOut',
  idle: 'auth.signedOutIdle',
  expired: 'auth.sessionExpired',
} as const;

function safeReturnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only same-app paths: never send a person to another origin after sign-in.
  return typeof from === 'string' &&
    from.startsWith('/') &&
    !from.startsWith('//') &&
    from !== '/login'
    ? from
    : '/';
}

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const reason = useSession((s) => s.signOutReason);
  const signedIn = useSession((s) => s.token !== null);
  const target = safeReturnPath(location.state);

  useEffect(() => {
    if (signedIn) void navigate(target, { replace: true });
  }, [signedIn, navigate, target]);

  return (
    <Page title={t('auth.title')} back right={<LanguageSwitch />}>
      {reason ? (
        <p className="notice" role="status">
          {t(REASON_KEYS[reason])}
        </p>
      ) : null}
      <p className="muted">{t('auth.intro')}</p>
      <LoginForm onSignedIn={() => void navigate(target, { replace: true })} />
    </Page>
  );
}
