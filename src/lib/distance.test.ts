import { describe, expect, it } from 'vitest';
import { distanceParts } from './distance';

describe('distance as read', () => {
  it('rounds metres to 10 below 1 km, then km with one decimal', () => {
    expect(distanceParts(0)).toEqual({ unit: 'm', value: '0' });
    expect(distanceParts(34)).toEqual({ unit: 'm', value: '30' });
    expect(distanceParts(996)).toEqual({ unit: 'm', value: '1000' });
    expect(distanceParts(1000)).toEqual({ unit: 'km', value: '1.0' });
    expect(distanceParts(12_345)).toEqual({ unit: 'km', value: '12.3' });
  });
});
