import { useEffect, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { getSessionToken, useSession } from '@/features/auth/stores/session-store';
import { configureApiClient } from '@/lib/api-config';
import { onBackendChange } from '@/lib/backend-changes';
import { i18n, loadLanguage } from '@/lib/i18n';
import { usePreferences } from '@/lib/preferences-store';
import { createQueryClient } from '@/lib/query-client';
import { resetAllStores } from '@/lib/store-registry';

// Wired before the first render: children's queries start in effects that run before ours.
function createAppQueryClient() {
  const queryClient = createQueryClient();
  configureApiClient({
    getToken: getSessionToken,
    // The server no longer knows this session: drop everything of the person at once.
    onUnauthorized: () => {
      if (!useSession.getState().token) return;
      queryClient.clear();
      resetAllStores();
      useSession.getState().clear('expired');
    },
  });
  return queryClient;
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createAppQueryClient);
  const language = usePreferences((s) => s.language);
  const elderMode = usePreferences((s) => s.elderMode);

  useEffect(() => {
    void loadLanguage(language);
  }, [language]);

  // Another tab changed the demo backend's data (a premium paid, a relative bound): what this
  // tab shows is fetched again, without a reload. A reset ends the session, which the refetch
  // finds out (401) like any expired one.
  useEffect(() => {
    if (!__DEMO__) return undefined;
    return onBackendChange(() => {
      void queryClient.invalidateQueries();
    });
  }, [queryClient]);

  useEffect(() => {
    document.documentElement.classList.toggle('elder', elderMode);
  }, [elderMode]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}
