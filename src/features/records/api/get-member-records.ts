import { queryOptions, useQuery } from '@tanstack/react-query';
import { type MemberRecords } from '@/api-contract/records';
import { recordEndpoints } from '@/api-contract/records';
import { apiRequest } from '@/lib/api-client';

export function getMemberRecords(
  memberId: string,
  year: number | null,
  signal?: AbortSignal,
): Promise<MemberRecords> {
  return apiRequest(recordEndpoints.listMemberRecords, {
    params: { memberId },
    query: { year },
    ...(signal ? { signal } : {}),
  });
}

export const memberRecordsQueryOptions = (memberId: string, year: number | null) =>
  queryOptions({
    queryKey: ['records', 'member', memberId, year] as const,
    queryFn: ({ signal }) => getMemberRecords(memberId, year, signal),
    staleTime: 10_000,
  });

/** A family proxy member's records (亲情账户), through that link only. */
export function useMemberRecords(memberId: string, year: number | null) {
  return useQuery(memberRecordsQueryOptions(memberId, year));
}
