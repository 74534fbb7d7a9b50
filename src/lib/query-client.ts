import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // One quiet retry for flaky mobile networks; errors a retry cannot fix surface at once.
        retry: (failureCount, error) =>
          failureCount < 1 && (!isApiError(error) || (error.retryable && error.kind !== 'http')),
        refetchOnWindowFocus: false,
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
