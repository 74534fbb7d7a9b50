import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Profile, profileEndpoints } from '@/api-contract/profile';
import { apiRequest } from '@/lib/api-client';
import { useSession } from '../stores/session-store';

export function getMe(signal?: AbortSignal): Promise<Profile> {
  return apiRequest(profileEndpoints.getMe, { ...(signal ? { signal } : {}) });
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'] as const,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 60_000,
  });

/** The signed-in person's profile; disabled while signed out. */
export function useMe() {
  const token = useSession((s) => s.token);
  return useQuery({ ...meQueryOptions(), enabled: token !== null });
}
