import { endpoints } from '@/api-contract/endpoints';
import { recordsSchema } from '@/api-contract/records';
import { check, expectEqual, expectStatus } from './checks';
import type { Scenario } from './runner';

const { listRecords, listMemberRecords } = endpoints;

/** The medical-expense records' scenarios (see scenarios.ts for what every scenario must do). */
export const recordScenarios: Scenario[] = [
  {
    name: 'records: a year of records whose lines add up, a year to come refused, a stranger’s member refused',
    covers: [listRecords.id, listMemberRecords.id],
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      const answer = await http.request({ method: 'GET', path: listRecords.path, token });
      expectStatus(answer, 200);
      const records = recordsSchema.parse(answer.json);
      check(records.years.includes(records.year), 'the year asked for is among the years');
      const { totals } = records;
      expectEqual(
        totals.fundFen + totals.accountPaidFen + totals.cashFen,
        totals.totalFen,
        'fund + account + cash',
      );
      check(
        records.entries.every((e, i, all) => i === 0 || (all[i - 1]?.atMs ?? 0) >= e.atMs),
        'newest first',
      );
      const future = await http.request({
        method: 'GET',
        path: `${listRecords.path}?year=${records.year + 1}`,
        token,
      });
      expectStatus(future, 400, 'RECORDS_YEAR_INVALID');
      const stranger = await http.request({
        method: 'GET',
        path: listMemberRecords.path.replace('{memberId}', 'no-such-member'),
        token,
      });
      expectStatus(stranger, 404, 'NOT_FOUND');
      const anonymous = await http.request({ method: 'GET', path: listRecords.path });
      expectStatus(anonymous, 401, 'UNAUTHENTICATED');
    },
  },
];
