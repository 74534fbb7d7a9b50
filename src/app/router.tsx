import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout';
import { RouteBoundary } from './route-boundary';
// Home is where most visits start: in the entry, so its first paint waits for no second
// round trip. Its signed-in card, with the API client, stays a chunk of its own.
import { HomeRoute } from './routes/home';

// Declarative routes with React.lazy rather than the data router: the data router adds
// ~17 KiB gzip to the entry and we use none of its loaders or actions (docs/decisions/005).
function lazyRoute<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  return lazy(async (): Promise<{ default: ComponentType }> => {
    const module: Record<K, ComponentType> = await load();
    return { default: module[name] };
  });
}

const LoginRoute = lazyRoute(() => import('./routes/login'), 'LoginRoute');
const MeRoute = lazyRoute(() => import('./routes/me'), 'MeRoute');
// Behind the build-time constant itself, so the production bundler drops the import and the
// console's chunk with it; there /demo falls through to the not-found screen.
const DemoRoute = __DEMO__ ? lazyRoute(() => import('./routes/demo'), 'DemoRoute') : null;
const EstimateRoute = lazyRoute(() => import('./routes/estimate'), 'EstimateRoute');
const NotFoundRoute = lazyRoute(() => import('./routes/not-found'), 'NotFoundRoute');

const ROUTES: ReadonlyArray<{ path?: string; index?: true; Component: ComponentType }> = [
  { index: true, Component: HomeRoute },
  { path: 'login', Component: LoginRoute },
  { path: 'me', Component: MeRoute },
  ...(DemoRoute ? [{ path: 'demo', Component: DemoRoute }] : []),
  { path: 'estimate', Component: EstimateRoute },
  { path: '*', Component: NotFoundRoute },
];

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {ROUTES.map(({ path, index, Component }) => {
          const element = (
            <RouteBoundary>
              <Component />
            </RouteBoundary>
          );
          return index ? (
            <Route key="index" index element={element} />
          ) : (
            <Route key={path} path={path} element={element} />
          );
        })}
      </Route>
    </Routes>
  );
}
