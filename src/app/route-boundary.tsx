import { Component, Suspense, type ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorView } from '@/components/error-view';
import { Page } from '@/components/page';
import { Skeleton } from '@/components/skeleton';

function RouteErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.routeTitle')} back>
      <ErrorView error={error} onRetry={onRetry} />
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

  retry = () => {
    const { error } = this.state;
    // React.lazy remembers a failed import; only a fresh page load fetches the chunk again.
    if (error instanceof TypeError && /import|module/i.test(error.message)) {
      window.location.reload();
      return;
    }
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
