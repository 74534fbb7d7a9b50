import { describe, expect, it } from 'vitest';
import { distanceParts, isRightHere } from './distance';

describe('distance as read', () => {
  it('rounds metres to 10 below 1 km, then km with one decimal', () => {
    expect(distanceParts(0)).toEqual({ unit: 'm', value: '0' });
    expect(distanceParts(34)).toEqual({ unit: 'm', value: '30' });
    expect(distanceParts(996)).toEqual({ unit: 'm', value: '1000' });
    expect(distanceParts(1000)).toEqual({ unit: 'km', value: '1.0' });
    expect(distanceParts(12_345)).toEqual({ unit: 'km', value: '12.3' });
  });

  it('calls under 50 m "right here": closer than a phone can tell, and under a minute on foot', () => {
    expect(isRightHere(0)).toBe(true);
    expect(isRightHere(49)).toBe(true);
    expect(isRightHere(50)).toBe(false);
    expect(isRightHere(1200)).toBe(false);
  });
});
