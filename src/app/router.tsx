import type { ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { lazyRoute } from '@/lib/lazy-route';
import { AppLayout } from './layout';
import { RouteBoundary } from './route-boundary';
// Home is where most visits start: in the entry, so its first paint waits for no second
// round trip. Its signed-in card, with the API client, stays a chunk of its own.
import { HomeRoute } from './routes/home';

// Declarative routes with lazily loaded screens rather than the data router: the data router
// adds ~17 KiB gzip to the entry and we use none of its loaders or actions (docs/decisions/005).
// lazyRoute, not a bare React.lazy, so a screen whose code failed to load offline can load
// once the network is back (docs/decisions/021).

const LoginRoute = lazyRoute(() => import('./routes/login'), 'LoginRoute');
const MeRoute = lazyRoute(() => import('./routes/me'), 'MeRoute');
// Behind the build-time constant itself, so the production bundler drops the import and the
// console's chunk with it; there /demo falls through to the not-found screen.
const DemoRoute = __DEMO__ ? lazyRoute(() => import('./routes/demo'), 'DemoRoute') : null;
// The demo counter (a pharmacy or a hospital cashier played by support staff) likewise.
const DemoCounterRoute = __DEMO__
  ? lazyRoute(() => import('./routes/demo-counter'), 'DemoCounterRoute')
  : null;
const EstimateRoute = lazyRoute(() => import('./routes/estimate'), 'EstimateRoute');
const VoucherRoute = lazyRoute(() => import('./routes/voucher'), 'VoucherRoute');
const VoucherActivateRoute = lazyRoute(
  () => import('./routes/voucher-activate'),
  'VoucherActivateRoute',
);
const VoucherFamilyRoute = lazyRoute(() => import('./routes/voucher-family'), 'VoucherFamilyRoute');
const SafetyRoute = lazyRoute(() => import('./routes/safety'), 'SafetyRoute');
const PrescriptionsRoute = lazyRoute(() => import('./routes/prescriptions'), 'PrescriptionsRoute');
const PrescriptionDetailRoute = lazyRoute(
  () => import('./routes/prescription-detail'),
  'PrescriptionDetailRoute',
);
const PharmaciesRoute = lazyRoute(() => import('./routes/pharmacies'), 'PharmaciesRoute');
const PharmacyDetailRoute = lazyRoute(
  () => import('./routes/pharmacy-detail'),
  'PharmacyDetailRoute',
);
// The family mutual-aid account has several screens under /family; its route holds them.
const FamilyRoute = lazyRoute(() => import('./routes/family'), 'FamilyRoute');
const SettlementsRoute = lazyRoute(() => import('./routes/settlements'), 'SettlementsRoute');
const SettlementDetailRoute = lazyRoute(
  () => import('./routes/settlement-detail'),
  'SettlementDetailRoute',
);
const RecordsRoute = lazyRoute(() => import('./routes/records'), 'RecordsRoute');
const MemberRecordsRoute = lazyRoute(() => import('./routes/member-records'), 'MemberRecordsRoute');
const NotFoundRoute = lazyRoute(() => import('./routes/not-found'), 'NotFoundRoute');

const ROUTES: ReadonlyArray<{ path?: string; index?: true; Component: ComponentType }> = [
  { index: true, Component: HomeRoute },
  { path: 'login', Component: LoginRoute },
  { path: 'me', Component: MeRoute },
  ...(DemoRoute ? [{ path: 'demo', Component: DemoRoute }] : []),
  ...(DemoCounterRoute ? [{ path: 'demo/counter', Component: DemoCounterRoute }] : []),
  { path: 'estimate', Component: EstimateRoute },
  { path: 'voucher', Component: VoucherRoute },
  { path: 'voucher/activate', Component: VoucherActivateRoute },
  { path: 'voucher/family', Component: VoucherFamilyRoute },
  { path: 'voucher/family/:memberId/records', Component: MemberRecordsRoute },
  { path: 'safety', Component: SafetyRoute },
  { path: 'prescriptions', Component: PrescriptionsRoute },
  { path: 'prescriptions/:id', Component: PrescriptionDetailRoute },
  { path: 'pharmacies', Component: PharmaciesRoute },
  { path: 'pharmacies/:id', Component: PharmacyDetailRoute },
  { path: 'family/*', Component: FamilyRoute },
  { path: 'settlements', Component: SettlementsRoute },
  { path: 'settlements/:id', Component: SettlementDetailRoute },
  { path: 'records', Component: RecordsRoute },
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
