import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorView } from '@/components/error-view';
import { Skeleton } from '@/components/skeleton';
import { useRecords } from '../api/get-records';
import { saveYearSoFar, yearSoFarOf } from '../stores/year-so-far-copy';
import { RecordsView } from './records-view';

/** The year in the URL (`?year=2026`), this year when absent. */
export function useYearParam(): [number | null, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('year');
  const year = raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : null;
  return [
    year,
    (next) =>
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          out.set('year', String(next));
          // Months differ from year to year; the type filter carries over.
          out.delete('month');
          return out;
        },
        { replace: true },
      ),
  ];
}

/** The signed-in person's own records (/records). */
export function RecordsScreen() {
  const [year, setYear] = useYearParam();
  const records = useRecords(year);
  const data = records.data;
  useEffect(() => {
    // This year's use, for the estimator when the network is gone.
    if (data !== undefined && data.year === data.years[0]) {
      saveYearSoFar(yearSoFarOf(data, Date.now()));
    }
  }, [data]);
  if (records.isPending) return <Skeleton lines={6} />;
  if (records.isError) {
    return <ErrorView error={records.error} onRetry={() => void records.refetch()} />;
  }
  return <RecordsView records={records.data} onYear={setYear} linkReceipts />;
}
