import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api-error';
import { ErrorView } from './error-view';
import { Skeleton } from './skeleton';

/** The part of a react-query result the ladder reads; any `useQuery` result fits. */
interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isError: boolean;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** A 404 is an answer, not a failure: what to say and where to go back to. Already translated. */
  notFound?: { text: string; backTo: string; backLabel: string };
  /** Already translated; ErrorView's own title otherwise. */
  errorTitle?: string;
  /**
   * Something better than the error for a failure that left no data (a saved copy), or null for
   * the error. Not asked for a 404.
   */
  fallback?: (error: unknown) => ReactNode;
  /**
   * Keep showing the last data when a refetch fails, instead of the error: for screens used
   * where the network comes and goes (the pick-up code at the counter).
   */
  keepDataOnError?: boolean;
  skeletonLines?: number;
  children: (data: T) => ReactNode;
}

/**
 * A detail screen's ladder in one place: not found → error with retry → skeleton → the data.
 * The order matters: a failed query has no data, and a skeleton in its place would spin forever.
 */
export function QueryState<T>({
  query,
  notFound,
  errorTitle,
  fallback,
  keepDataOnError = false,
  skeletonLines = 5,
  children,
}: QueryStateProps<T>) {
  if (query.isError && (!keepDataOnError || query.data === undefined)) {
    if (notFound && isApiError(query.error) && query.error.status === 404) {
      return (
        <section className="card stack" role="alert">
          <p>{notFound.text}</p>
          <Link className="btn btn--secondary" to={notFound.backTo}>
            {notFound.backLabel}
          </Link>
        </section>
      );
    }
    const instead = fallback?.(query.error);
    if (instead !== undefined && instead !== null) return instead;
    return (
      <ErrorView error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />
    );
  }
  if (query.data === undefined) return <Skeleton lines={skeletonLines} />;
  return children(query.data);
}
