/*
 * Imported by the generated service worker (vite.config.ts, workbox.importScripts).
 *
 * On the first install only, the new worker takes control of the pages already open: the page
 * of a first visit was loaded before any worker existed, and left uncontrolled it could not load
 * a single screen it had not opened yet once the signal dropped (issue 18, docs/decisions/021).
 * A later version still waits for the person's "update now" (registerType 'prompt'): claiming
 * then would swap the code under a page that is running.
 */
let firstInstall = false;

self.addEventListener('install', () => {
  // During install, `active` is the worker being replaced, or null when there is none.
  firstInstall = self.registration.active === null;
});

self.addEventListener('activate', (event) => {
  if (firstInstall) event.waitUntil(self.clients.claim());
});
