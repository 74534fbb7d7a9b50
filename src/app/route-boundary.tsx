import { Component, Suspense, type ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorView } from '@/components/error-view';
import { Page } from '@/components/page';
import { Skeleton } from '@/components/skeleton';
import { isRouteChunkError, rearmFailedRoutes } from '@/lib/lazy-route';

function RouteErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const offline = isRouteChunkError(error) && error.offline;
  return (
    <Page title={t('errors.routeTitle')} back>
      <ErrorView
        error={error}
        onRetry={onRetry}
        {...(offline ? { title: t('offline.chunkTitle') } : {})}
      />
    </Page>
  );
}

interface BoundaryProps {
  children: ReactNode;
  onReset: () => void;
}

class Boundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    // The failure is on screen now: the route's next render (retry, or a visit later) loads its
    // code again instead of showing the remembered failure.
    if (isRouteChunkError(error)) rearmFailedRoutes();
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error !== null) {
      return <RouteErrorScreen error={this.state.error} onRetry={this.retry} />;
    }
    return this.props.children;
  }
}

/** Each route's own error boundary (with retry) and loading skeleton. */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        // A new location starts with a clean boundary.
        <Boundary key={location.pathname} onReset={reset}>
          <Suspense fallback={<Skeleton lines={5} />}>{children}</Suspense>
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
