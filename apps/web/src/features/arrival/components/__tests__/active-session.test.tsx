import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aSession, aSmartcarStatus } from '@/testing/fixtures';
import { ActiveSession, type ActiveSessionProps } from '../active-session';

function renderSession(props: Partial<ActiveSessionProps>) {
  const handlers = { onBindOrder: vi.fn(async () => undefined), onImHere: vi.fn(async () => undefined), onCancel: vi.fn(async () => undefined) };
  render(<ActiveSession session={aSession()} smartcar={null} {...handlers} {...props} />);
  return handlers;
}

describe('ActiveSession', () => {
  it('shows the live ETA and battery from the Smartcar status', () => {
    renderSession({
      session: aSession({ smartcar_enabled: true, charge_complete_trigger: true, target_soc_percent: 80 }),
      smartcar: aSmartcarStatus({ eta_minutes: 12, last_battery: { percent: 41.6, at: '2026-02-06T12:00:00Z' } }),
    });
    expect(screen.getByText('ETA to charger')).toBeInTheDocument();
    expect(screen.getByTestId('eta')).toHaveTextContent('12 min');
    expect(screen.getByRole('meter', { name: 'Battery' })).toHaveAttribute('aria-valuenow', '42');
    expect(screen.getByText('42%')).toBeInTheDocument();
    expect(screen.getByText(/fires at 80%/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "I'm here" })).not.toBeInTheDocument();
  });

  it('shows arrival and charge-complete', () => {
    renderSession({
      session: aSession({ status: 'arrived', smartcar_enabled: true }),
      smartcar: aSmartcarStatus({ eta_minutes: 0, arrival_detected: true, charge_complete: true }),
    });
    expect(screen.getByText('You’ve arrived')).toBeInTheDocument();
    expect(screen.getByText(/Arrival confirmed — merchant notified/)).toBeInTheDocument();
    expect(screen.getByText(/Charge complete — order ready/)).toBeInTheDocument();
    expect(screen.queryByTestId('eta')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel EV Arrival' })).not.toBeInTheDocument();
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
