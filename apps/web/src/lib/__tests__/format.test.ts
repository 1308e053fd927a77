import { describe, expect, it } from 'vitest';
import { dollarsToCents, formatDistance } from '../format';

describe('format', () => {
  it('dollarsToCents', () => {
    expect(dollarsToCents('')).toBeUndefined();
    expect(dollarsToCents('18.5')).toBe(1850);
    expect(dollarsToCents('$12.34')).toBe(1234);
    expect(dollarsToCents('abc')).toBeNaN();
    expect(dollarsToCents('1.234')).toBeNaN();
  });

  it('formatDistance', () => {
    expect(formatDistance(240)).toBe('240 m');
    expect(formatDistance(1840)).toBe('1.8 km');
  });
});
