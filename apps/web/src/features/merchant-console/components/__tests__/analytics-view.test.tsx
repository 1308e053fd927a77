import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AnalyticsView, change } from '../analytics-view';

const period = (over: object) => ({ from: '', to: '', arrivals: 0, confirmed: 0, on_time_rate: null, average_wait_minutes: null, by_source: {}, ...over });

describe('AnalyticsView', () => {
  it('compares this week with last week', () => {
    render(
      <AnalyticsView
        data={{
          on_time_minutes: 5,
          this_week: period({ arrivals: 12, confirmed: 10, on_time_rate: 0.9, average_wait_minutes: 3.25, by_source: { manual: 7, smartcar: 5 } }),
          last_week: period({ arrivals: 8, confirmed: 8, on_time_rate: 0.75, average_wait_minutes: 4.5 }),
        }}
      />,
    );
    const cell = (label: string) => document.querySelector(`[data-this-week="${label}"]`)?.textContent;
    expect(cell('Arrivals')).toBe('12');
    expect(cell('On time (within 5 min)')).toBe('90 %');
    expect(cell('Average wait after arrival')).toBe('3.3 min');
    expect(cell('Arrivals by source')).toBe('manual 7, smartcar 5');
  });

  it('describes the change, or nothing when a week has no figure', () => {
    expect(change(0.9, 0.75, true)).toBe('+15 pts vs last week');
    expect(change(3, 4.5)).toBe('−1.5 vs last week');
    expect(change(5, 5)).toBe('same as last week');
    expect(change(null, 4)).toBe('');
  });
});
