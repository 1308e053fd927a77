import { describe, expect, it } from 'vitest';
import { dollarsToCents, formatDistance, formatDuration, minutesSince } from '../format';

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

  it('formatDuration reads hours past an hour', () => {
    expect(formatDuration(12.4)).toBe('12 min');
    expect(formatDuration(333)).toBe('5 h 33 min');
    expect(formatDuration(120)).toBe('2 h');
  });

  it('minutesSince', () => {
    expect(minutesSince('2026-01-01T10:00:00Z', new Date('2026-01-01T10:07:30Z'))).toBe(7);
    expect(minutesSince('2026-01-01T10:00:00Z', new Date('2026-01-01T09:00:00Z'))).toBe(0);
  });
});
