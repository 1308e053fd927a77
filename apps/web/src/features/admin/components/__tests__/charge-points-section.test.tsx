import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AdminChargePoint } from '../../api/types';
import { ChargePointList, IssuedKey } from '../charge-points-section';

const point: AdminChargePoint = {
  charge_point_id: 'CP-ABC',
  charger_id: 'site-1',
  stalls: [5, 6],
  vendor: 'Nerava',
  model: 'Sim',
  firmware_version: '1.0',
  connected: true,
  created_at: '2026-11-30T12:00:00Z',
  key_issued_at: '2026-11-30T12:00:00Z',
  last_seen_at: '2026-11-30T12:05:00Z',
};

describe('ChargePointList', () => {
  it('lists stalls and whether the charger is connected, and asks for a new key', async () => {
    const onNewKey = vi.fn();
    render(<ChargePointList points={[point, { ...point, charge_point_id: 'CP-OFF', stalls: [7], connected: false }]} busy={false} onNewKey={onNewKey} />);
    expect(screen.getByText('stalls 5, 6')).toBeInTheDocument();
    expect(screen.getByText('connected')).toBeInTheDocument();
    expect(screen.getByText('offline')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'New key for CP-OFF' }));
    expect(onNewKey).toHaveBeenCalledWith('CP-OFF');
  });

  it('says when a site has none', () => {
    render(<ChargePointList points={[]} busy={false} onNewKey={() => {}} />);
    expect(screen.getByText('No OCPP charge points.')).toBeInTheDocument();
  });
});

describe('IssuedKey', () => {
  it('shows the key and URL once with a warning', () => {
    render(<IssuedKey issued={{ charge_point_id: 'CP-ABC', charger_id: 'site-1', authorization_key: 'k3y', url: 'wss://x/ocpp/CP-ABC', stalls: [5, 6] }} />);
    expect(screen.getByRole('status')).toHaveTextContent(/shown only now/);
    expect(screen.getByText('k3y')).toBeInTheDocument();
    expect(screen.getByText('wss://x/ocpp/CP-ABC')).toBeInTheDocument();
  });
});
