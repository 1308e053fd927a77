import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Operations } from '../../api/types';
import { OperationsView } from '../operations-view';

const ops: Operations = {
  sampled_at: '2026-11-30T12:00:00Z',
  sessions_by_status: { pending_order: 2, awaiting_arrival: 5, arrived: 1, merchant_notified: 0 },
  tracked_sessions: 4,
  outbox: [
    { channel: 'sms', backlog: 3, oldest_pending_age_s: 190 },
    { channel: 'email', backlog: 0, oldest_pending_age_s: 0 },
  ],
  tracking_lag: { count: 40, mean_s: 2.345, max_s: 9 },
  send_latency: { count: 12, mean_s: 0.8, max_s: 4 },
  totals: { 'nerava.outbox.send.failures{channel=sms,final=false}': 2 },
  recent_failures: [{ id: 'f1', kind: 'kitchen_fire', channel: 'sms', status: 'pending', attempts: 2, last_error: 'Twilio 503', created_at: '2026-11-30T11:59:00Z' }],
};

const figure = (label: string) => document.querySelector(`[data-figure="${label}"]`)?.textContent;

describe('OperationsView', () => {
  it('shows sessions by status, tracking lag, outbox backlog with its oldest age, and failures', () => {
    render(<OperationsView ops={ops} />);
    expect(figure('On the way')).toBe('5');
    expect(figure('Tracked by Smartcar')).toBe('4');
    expect(figure('Tracking lag (mean)')).toBe('2.3 s');
    expect(figure('Outbox sms')).toBe('3');
    expect(screen.getByText('oldest 3 min')).toBeInTheDocument();
    expect(screen.getByText('empty')).toBeInTheDocument();
    expect(screen.getByText('Twilio 503')).toBeInTheDocument();
    expect(screen.getByText(/Send failures since start: \{channel=sms,final=false\} 2/)).toBeInTheDocument();
  });

  it('says when nothing failed', () => {
    render(<OperationsView ops={{ ...ops, recent_failures: [] }} />);
    expect(screen.getByText('None.')).toBeInTheDocument();
  });
});
