import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
// antd-mobile's global styles (its base font and size on body) load here, once, before ours:
// left to the first lazy screen that imports an antd component, they arrived mid-visit and
// every screen's text changed size and face.
import 'antd-mobile/es/global';
import './styles/global.css';
import { AppProviders } from './app/providers';
import { AppRoutes } from './app/router';
import { configureApiClient } from './lib/api-config';
import { loadLanguage } from './lib/i18n';
import { initialLanguage, usePreferences } from './lib/preferences-store';
import { usePwa } from './lib/pwa-store';

// The demo backend (msw, the seed, IndexedDB: the largest chunk of the demo build) starts with
// the first API request, never before the first paint; a signed-out home makes none.
if (__DEMO__) {
  configureApiClient({
    whenReady: () => import('@mocks/browser').then(({ startMockNetwork }) => startMockNetwork()),
  });
}

// Only someone who reads English (chosen last time, or the browser's language) waits here, for
// the English strings.
await loadLanguage(initialLanguage());
// Before the first paint, so elder mode never flashes at the small size.
document.documentElement.classList.toggle('elder', usePreferences.getState().elderMode);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// A transition lets React render the first screen in slices that yield to the browser, instead
// of one long task that blocks input on a slow phone (Lighthouse's total blocking time).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
});

/**
 * The service worker (and the ~1 MB precache it downloads) waits until the page has loaded and
 * the browser is idle, so a first visit on a slow link spends its bandwidth on what it shows.
 */
function whenLoadedAndIdle(run: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(run, { timeout: 3_000 })
      : setTimeout(run);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  whenLoadedAndIdle(() => {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      // immediate: the load event has passed by now.
      const updateSW = registerSW({
        immediate: true,
        onNeedRefresh: () => usePwa.getState().setNeedRefresh(() => updateSW(true)),
      });
    });
  });
}
