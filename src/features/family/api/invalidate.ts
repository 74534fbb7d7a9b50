import type { QueryClient } from '@tanstack/react-query';
import { familyHistoryQueryOptions } from './get-family-history';
import { familyOverviewQueryOptions } from './get-family-overview';

/** After any change: balances, relatives and history come again from the ledger. */
export function invalidateFamily(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: familyOverviewQueryOptions().queryKey }),
    queryClient.invalidateQueries({ queryKey: familyHistoryQueryOptions().queryKey }),
    // The personal balance on the home card and in the profile moved too.
    queryClient.invalidateQueries({ queryKey: ['me'] }),
  ]).then(() => undefined);
}
