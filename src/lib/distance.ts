/**
 * A distance as a person reads it: metres below 1 km (rounded to 10 m, finer would be false
 * precision for a straight line), then km with one decimal.
 */
export function distanceParts(metres: number): { unit: 'm' | 'km'; value: string } {
  if (metres < 1000) return { unit: 'm', value: String(Math.round(metres / 10) * 10) };
  return { unit: 'km', value: (metres / 1000).toFixed(1) };
}
