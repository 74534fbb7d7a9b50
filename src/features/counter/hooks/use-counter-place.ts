import { useCallback, useState } from 'react';
import * as z from 'zod/mini';

/** The regions the bundled rules cover, with the region codes the backend lists by. */
export const COUNTER_REGIONS = ['500000', '350100', '140100'] as const;
export type CounterRegion = (typeof COUNTER_REGIONS)[number];

const placeSchema = z.object({
  regionCode: z.enum(COUNTER_REGIONS),
  institutionId: z.nullable(z.string()),
});
export type CounterPlace = z.infer<typeof placeSchema>;

// Which institution this tab plays holds no personal data, so it may outlive sign-out; it is
// kept per tab so two tabs can play two counters.
const STORAGE_KEY = 'ybt.counter.place';
const DEFAULT_PLACE: CounterPlace = { regionCode: '500000', institutionId: null };

function load(): CounterPlace {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    const parsed = placeSchema.safeParse(text === null ? null : JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_PLACE;
  } catch {
    return DEFAULT_PLACE;
  }
}

export function useCounterPlace(): [CounterPlace, (place: CounterPlace) => void] {
  const [place, setPlace] = useState(load);
  const save = useCallback((next: CounterPlace) => {
    setPlace(next);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage blocked: the choice still holds while the screen is open.
    }
  }, []);
  return [place, save];
}
