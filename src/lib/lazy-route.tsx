import { lazy, type ComponentType } from 'react';

/**
 * A screen's code could not be loaded. `offline` says the browser knew it had no network when
 * it happened, so the screen can say so instead of "an unexpected error".
 */
export class RouteChunkError extends Error {
  readonly offline: boolean;

  constructor(offline: boolean, options: { cause?: unknown } = {}) {
    super(offline ? 'route chunk unavailable offline' : 'route chunk failed to load', options);
    this.name = 'RouteChunkError';
    this.offline = offline;
  }
}

export function isRouteChunkError(error: unknown): error is RouteChunkError {
  return error instanceof RouteChunkError;
}

function browserSaysOffline(): boolean {
  // Only the `false` of navigator.onLine can be believed (docs/decisions/006): it is enough here.
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function controlledByServiceWorker(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    navigator.serviceWorker.controller !== null
  );
}

/** Rearms every route whose last load failed: its next render imports again. */
const rearms = new Set<() => void>();

/**
 * Called by the route boundary once it shows the failure: the next render of the route (retry,
 * or coming back to it later) loads its code again. Not done in the failing load itself: React
 * renders a failed component once more right away, and a fresh load there would loop.
 */
export function rearmFailedRoutes(): void {
  for (const rearm of rearms) rearm();
  rearms.clear();
}

/**
 * A lazily loaded screen that, unlike a bare `React.lazy`, tries again after a failure.
 *
 * - Offline with no service worker in control (the first visit, before the worker took over),
 *   the import is not even attempted: it cannot succeed, and the browser keeps a failed module
 *   for the life of the page (the HTML module map), so one attempt would spoil every later one.
 * - An import that did fail leaves only a page load able to fetch that chunk again. Once the
 *   network is back, the next visit of the route (retry or navigation) loads the page anew at
 *   the route's address; offline it says so again. The reload only ever follows a person's tap.
 */
export function lazyRoute<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  let importFailed = false;

  const create = () =>
    lazy(async (): Promise<{ default: ComponentType }> => {
      if (importFailed) {
        if (browserSaysOffline()) {
          rearms.add(rearm);
          throw new RouteChunkError(true);
        }
        window.location.reload();
        // The page is going away; the skeleton shows until it does.
        return new Promise<never>(() => undefined);
      }
      if (browserSaysOffline() && !controlledByServiceWorker()) {
        rearms.add(rearm);
        throw new RouteChunkError(true);
      }
      try {
        const module: Record<K, ComponentType> = await load();
        return { default: module[name] };
      } catch (cause) {
        importFailed = true;
        rearms.add(rearm);
        throw new RouteChunkError(browserSaysOffline(), { cause });
      }
    });

  let Current = create();
  function rearm(): void {
    Current = create();
  }

  function LazyRoute() {
    const Screen = Current;
    return <Screen />;
  }
  return LazyRoute;
}
