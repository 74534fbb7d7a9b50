import { recordEndpoints, memberRecordsSchema, recordsSchema } from '@/api-contract/records';
import { maskName } from '@/lib/mask';
import { now } from '../clock';
import { fail, ok, type Answer } from '../http-utils';
import { chinaYear, recordsOf } from '../records';
import { route } from '../route';

/** The year asked for: this year in China when absent; a year to come is refused. */
function yearOf(request: Request, atMs: number): number | Answer {
  const raw = new URL(request.url).searchParams.get('year');
  const thisYear = chinaYear(atMs);
  if (raw === null || raw === '') return thisYear;
  if (!/^\d{4}$/.test(raw)) return fail('RECORDS_YEAR_INVALID', { message: 'year must be YYYY' });
  const year = Number(raw);
  if (year > thisYear)
    return fail('RECORDS_YEAR_INVALID', { message: 'No records for a year to come' });
  if (year < 2000) return fail('RECORDS_YEAR_INVALID', { message: 'year is out of range' });
  return year;
}

/** Medical-expense records: the person's own, and a proxy member's (亲情账户) through that link only. */
export const recordHandlers = [
  route(recordEndpoints.listRecords, ({ tx, session, request }) => {
    const atMs = now();
    const year = yearOf(request, atMs);
    if (typeof year !== 'number') return year;
    return ok(recordsSchema, recordsOf(tx, session.personId, year, atMs));
  }),

  route(recordEndpoints.listMemberRecords, ({ tx, session, params, request }) => {
    const atMs = now();
    const year = yearOf(request, atMs);
    if (typeof year !== 'number') return year;
    const member = tx.proxyMembers.get(params.memberId ?? '');
    // Someone else's member, or one removed since: the same answer as no member at all.
    if (member === undefined || member.personId !== session.personId) {
      return fail('NOT_FOUND', { message: 'Not a member of your family proxy account' });
    }
    // The demo keeps everyone insured here in one store, as the national platform does.
    const insured = tx.persons.all().find((p) => p.idNumber === member.idNumber);
    const records =
      insured === undefined
        ? recordsOf(tx, `none:${member.id}`, year, atMs)
        : recordsOf(tx, insured.id, year, atMs);
    return ok(memberRecordsSchema, {
      member: {
        id: member.id,
        name: maskName(member.name),
        relation: member.relation,
        consent: member.consent,
        insuredHere: insured !== undefined,
      },
      records,
    });
  }),
];
