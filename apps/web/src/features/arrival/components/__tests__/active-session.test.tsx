import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aSession, aSmartcarStatus } from '@/testing/fixtures';
import { renderWithProviders as render } from '@/testing/render';
import { ActiveSession, type ActiveSessionProps } from '../active-session';

function renderSession(props: Partial<ActiveSessionProps>) {
  const handlers = { onBindOrder: vi.fn(async () => undefined), onImHere: vi.fn(async () => undefined), onCancel: vi.fn(async () => undefined) };
  render(<ActiveSession session={aSession()} smartcar={null} showMap={false} {...handlers} {...props} />);
  return handlers;
}

describe('ActiveSession', () => {
  it('shows the live ETA and battery from the Smartcar status', () => {
    renderSession({
      session: aSession({ smartcar_enabled: true, charge_complete_trigger: true, target_soc_percent: 80 }),
      smartcar: aSmartcarStatus({ eta_minutes: 12, last_battery: { percent: 41.6, timestamp: '2026-02-06T12:00:00Z' } }),
    });
    expect(screen.getByText('ETA to charger')).toBeInTheDocument();
    expect(screen.getByTestId('eta')).toHaveTextContent('12 min');
    expect(screen.getByRole('meter', { name: 'Battery' })).toHaveAttribute('aria-valuenow', '42');
    expect(screen.getByText('42%')).toBeInTheDocument();
    expect(screen.getByText(/order starts at 80 %/)).toBeInTheDocument();
    // "I'm here" stays available as a fallback even with a connected car.
    expect(screen.getByRole('button', { name: "I'm here" })).toBeEnabled();
  });

  it('reads long ETAs in hours with the arrival time', () => {
    renderSession({ session: aSession({ smartcar_enabled: true }), smartcar: aSmartcarStatus({ eta_minutes: 333 }) });
    expect(screen.getByTestId('eta')).toHaveTextContent('5 h 33 min');
    expect(screen.getByText(/arrives ≈/)).toBeInTheDocument();
  });

  it('shows arrival on a Ready on Arrival session', () => {
    renderSession({
      session: aSession({ status: 'arrived', smartcar_enabled: true }),
      smartcar: aSmartcarStatus({ eta_minutes: 0, arrival_detected: true }),
    });
    expect(screen.getByText('You’ve arrived')).toBeInTheDocument();
    expect(screen.getByText(/Arrival confirmed — merchant notified/)).toBeInTheDocument();
    expect(screen.queryByTestId('eta')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel EV Arrival' })).not.toBeInTheDocument();
  });

  it('tells a Ready After Charge driver the order waits for the battery, never that it fires now', () => {
    renderSession({
      session: aSession({ status: 'merchant_notified', smartcar_enabled: true, charge_complete_trigger: true, target_soc_percent: 80, kitchen_fired_at: null }),
      smartcar: aSmartcarStatus({ arrival_detected: true, charge_minutes_to_target: 25, last_battery: { percent: 61, timestamp: new Date().toISOString() } }),
    });
    expect(screen.getByText('You’ve arrived — charging')).toBeInTheDocument();
    expect(screen.getByText(/Your order starts when your battery reaches 80 % \(≈ 25 min\)/)).toBeInTheDocument();
    expect(screen.getByTestId('charging-status')).toHaveTextContent('Arrived — charging to 80 %');
    expect(screen.queryByText(/start your order now|fire/i)).not.toBeInTheDocument();
  });

  it('offers Reconnect and “I’m here” when the car connection died', () => {
    renderSession({
      session: aSession({ status: 'awaiting_arrival', smartcar_enabled: true }),
      smartcar: aSmartcarStatus({ connection_issue: 'needs_reconnect' }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('needs reconnecting');
    expect(screen.getByRole('link', { name: 'Reconnect' })).toHaveAttribute('href', expect.stringContaining('/smartcar/connect?return_to='));
    expect(screen.getByRole('button', { name: "I'm here" })).toBeEnabled();
  });

  it('says when the car’s data is stale instead of showing it as live', () => {
    const old = new Date(Date.now() - 30 * 60_000).toISOString();
    renderSession({
      session: aSession({ status: 'awaiting_arrival', smartcar_enabled: true }),
      smartcar: aSmartcarStatus({ eta_minutes: 20, last_location: { lat: 29.5, lng: -98.5, timestamp: old } }),
    });
    expect(screen.getByText(/Last heard from your car 30 min ago/)).toBeInTheDocument();
  });

  it('announces status changes politely', () => {
    renderSession({ session: aSession({ status: 'merchant_notified' }) });
    const region = screen.getByText('Your order is being made').closest('[aria-live]');
    expect(region).toHaveAttribute('aria-live', 'polite');
  });

  it('asks for the order number while pending_order and disables “I’m here” until then', async () => {
    const { onBindOrder } = renderSession({ session: aSession({ status: 'pending_order', order_number: null, ordering_url: 'https://order.example/taco' }) });
    expect(screen.getByRole('link', { name: /Order from Taco Stop/ })).toHaveAttribute('href', 'https://order.example/taco');
    expect(screen.getByRole('button', { name: "I'm here" })).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Order number'), 'A12');
    await userEvent.type(screen.getByLabelText('Estimated total (optional)'), '18.50');
    await userEvent.click(screen.getByRole('button', { name: 'Add order' }));
    expect(onBindOrder).toHaveBeenCalledWith({ order_number: 'A12', estimated_total_cents: 1850 });
  });

  it('offers “I’m here” when no car is connected', async () => {
    const { onImHere } = renderSession({ session: aSession({ status: 'awaiting_arrival', smartcar_enabled: false }) });
    await userEvent.click(screen.getByRole('button', { name: "I'm here" }));
    expect(onImHere).toHaveBeenCalledOnce();
  });

  it('cancels only after a second confirmation', async () => {
    const { onCancel } = renderSession({});
    await userEvent.click(screen.getByRole('button', { name: 'Cancel EV Arrival' }));
    expect(onCancel).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
