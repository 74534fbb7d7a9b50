/**
 * A distance as a person reads it: metres below 1 km (rounded to 10 m, finer would be false
 * precision for a straight line), then km with one decimal.
 */
export function distanceParts(metres: number): { unit: 'm' | 'km'; value: string } {
  if (metres < 1000) return { unit: 'm', value: String(Math.round(metres / 10) * 10) };
  return { unit: 'km', value: (metres / 1000).toFixed(1) };
}

/**
 * Below this a distance is noise: a phone's position in a city street is often 10–50 m off, and
 * the walk is under a minute. "0 米 · 步行约 0 分钟" reads like a fault, so screens say the
 * place is right here instead.
 */
export const RIGHT_HERE_METRES = 50;

export function isRightHere(metres: number): boolean {
  return metres < RIGHT_HERE_METRES;
}
