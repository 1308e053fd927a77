import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aMerchantArrival } from '@/testing/fixtures';
import { renderWithProviders as render } from '@/testing/render';
import { BoardView } from '../board-view';

const arrivals = [
  aMerchantArrival({ session_id: 'q1', status: 'pending_order', order_number: null }),
  aMerchantArrival({ session_id: 'q2', order_number: 'Q2', status: 'awaiting_arrival', eta_minutes: 25 }),
  aMerchantArrival({ session_id: 's1', order_number: 'S1', status: 'awaiting_arrival', eta_minutes: 7 }),
  aMerchantArrival({ session_id: 'a1', order_number: 'A1', status: 'arrived', geofence_entered_at: '2026-02-06T12:30:00Z' }),
  aMerchantArrival({ session_id: 'a2', order_number: 'A2', status: 'merchant_notified', geofence_entered_at: '2026-02-06T12:35:00Z' }),
  // Ready After Charge, arrived, still charging: not "fire now".
  aMerchantArrival({
    session_id: 'c1',
    order_number: 'C1',
    status: 'merchant_notified',
    charge_complete_trigger: true,
    battery_percent: 63,
    target_soc_percent: 80,
    charge_minutes_to_target: 14,
    eta_minutes: 0,
    geofence_entered_at: '2026-02-06T12:40:00Z',
    kitchen_fired_at: null,
  }),
  aMerchantArrival({ session_id: 'd1', order_number: 'D1', status: 'completed', completed_at: new Date().toISOString(), billable_amount_cents: 117 }),
  aMerchantArrival({ session_id: 'd0', order_number: 'D0', status: 'completed', completed_at: '2026-02-01T13:00:00Z' }),
];

const column = (id: string) => document.querySelector(`[data-column="${id}"]`) as HTMLElement;
const ordersIn = (id: string) => within(column(id)).queryAllByRole('article').map((a) => a.getAttribute('data-session-id'));

describe('BoardView', () => {
  it('groups sessions by state', () => {
    render(<BoardView arrivals={arrivals} onConfirm={vi.fn()} />);
    expect(ordersIn('queued')).toEqual(['q1', 'q2']);
    expect(ordersIn('arriving')).toEqual(['s1']);
    expect(ordersIn('arrived')).toEqual(['a1', 'a2']);
    expect(ordersIn('charging')).toEqual(['c1']);
    expect(ordersIn('done')).toEqual(['d1']);
    expect(within(column('charging')).getByText(/Battery 63% → 80% · ready in ~14 min/)).toBeInTheDocument();
    expect(within(column('charging')).getByTestId('charging-note')).toHaveTextContent(/Arrived — charging to 80 %, fire at ≈/);
    expect(within(column('done')).getByText('Nerava fee $1.17')).toBeInTheDocument();
    expect(within(column('arriving')).getByText('ETA 7 min')).toBeInTheDocument();
  });

  it('disables confirm before arrival and hides it once done', () => {
    render(<BoardView arrivals={arrivals} onConfirm={vi.fn()} />);
    for (const id of ['queued', 'arriving']) {
      const confirms = within(column(id)).queryAllByRole('button').filter((b) => !/map/i.test(b.textContent ?? ''));
      expect(confirms.length).toBeGreaterThan(0);
      for (const button of confirms) expect(button).toBeDisabled();
    }
    expect(within(column('charging')).queryByRole('button', { name: 'Confirm handed over' })).not.toBeInTheDocument();
    expect(within(column('done')).queryByRole('button', { name: 'Confirm handed over' })).not.toBeInTheDocument();
    expect(within(column('arrived')).getAllByRole('button', { name: 'Confirm handed over' })).toHaveLength(2);
  });

  it('confirms an arrived order with a typed total, and the button states it', async () => {
    const onConfirm = vi.fn(async () => undefined);
    render(<BoardView arrivals={arrivals} onConfirm={onConfirm} />);
    const card = within(column('arrived')).getByRole('article', { name: 'Order A1' });
    await userEvent.type(within(card).getByLabelText('Order total (optional)'), '23.50');
    await userEvent.click(within(card).getByRole('button', { name: 'Confirm $23.50' }));
    expect(onConfirm).toHaveBeenCalledWith('a1', { merchant_reported_total_cents: 2350 });
  });

  it('shows the driver’s estimate and confirming without a total confirms that estimate', async () => {
    const onConfirm = vi.fn(async () => undefined);
    const withEstimate = [aMerchantArrival({ session_id: 'e1', order_number: 'E1', status: 'merchant_notified', driver_estimate_cents: 2450 })];
    render(<BoardView arrivals={withEstimate} onConfirm={onConfirm} />);
    const card = within(column('arrived')).getByRole('article', { name: 'Order E1' });
    expect(within(card).getByText(/Driver’s estimate:/)).toHaveTextContent('Driver’s estimate: $24.50');
    await userEvent.click(within(card).getByRole('button', { name: 'Confirm $24.50' }));
    expect(onConfirm).toHaveBeenCalledWith('e1', { confirmed_estimate_cents: 2450 });
  });

  it('bills the POS total when there is one, and says so', async () => {
    const onConfirm = vi.fn(async () => undefined);
    const pos = [aMerchantArrival({ session_id: 'p1', order_number: 'P1', status: 'arrived', pos_total_cents: 3100, driver_estimate_cents: 2000 })];
    render(<BoardView arrivals={pos} onConfirm={onConfirm} />);
    const card = within(column('arrived')).getByRole('article', { name: 'Order P1' });
    expect(within(card).getByText('POS total: $31.00')).toBeInTheDocument();
    expect(within(card).queryByText(/Driver’s estimate/)).not.toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Confirm $31.00' }));
    expect(onConfirm).toHaveBeenCalledWith('p1', {});
  });

  it('marks an order the driver canceled after it was fired', () => {
    // Canceled today, so both sit in "Done today" rather than behind "Show older".
    const today = new Date().toISOString();
    const canceled = [
      aMerchantArrival({ session_id: 'x1', order_number: 'X1', status: 'canceled', created_at: today, kitchen_fired_at: today, canceled_after_fire: true }),
      aMerchantArrival({ session_id: 'x2', order_number: 'X2', status: 'canceled', created_at: today }),
    ];
    render(<BoardView arrivals={canceled} onConfirm={vi.fn()} />);
    const fired = within(column('done')).getByRole('article', { name: 'Order X1' });
    expect(within(fired).getByText('Canceled after fire')).toBeInTheDocument();
    expect(fired).toHaveAttribute('data-canceled-after-fire', 'true');
    expect(within(within(column('done')).getByRole('article', { name: 'Order X2' })).queryByText('Canceled after fire')).not.toBeInTheDocument();
  });

  it('says plainly when an arrived driver has no pre-order', () => {
    const none = [aMerchantArrival({ session_id: 'n1', order_number: null, status: 'merchant_notified', kitchen_fired_at: '2026-02-06T12:30:00Z' })];
    render(<BoardView arrivals={none} onConfirm={vi.fn()} />);
    const card = within(column('arrived')).getByRole('article', { name: 'No pre-order' });
    expect(card).toHaveTextContent('No pre-order — the driver will order at the counter');
    expect(card).not.toHaveTextContent('N/A');
  });

  it('shows how long an arrived car has waited and keeps older finished orders a click away', async () => {
    const fired = new Date(Date.now() - 12 * 60_000).toISOString();
    render(<BoardView arrivals={[...arrivals, aMerchantArrival({ session_id: 'w1', order_number: 'W1', status: 'arrived', kitchen_fired_at: fired })]} onConfirm={vi.fn()} />);
    expect(within(column('arrived')).getByRole('article', { name: 'Order W1' })).toHaveTextContent(/Waiting 12 min/);
    expect(ordersIn('done')).toEqual(['d1']);
    await userEvent.click(within(column('done')).getByRole('button', { name: 'Show older (1)' }));
    expect(ordersIn('done')).toEqual(['d1', 'd0']);
  });

  it('marks highlighted (newly arrived) cards', () => {
    render(<BoardView arrivals={arrivals} highlighted={new Set(['a2'])} onConfirm={vi.fn()} />);
    expect(within(column('arrived')).getByRole('article', { name: 'Order A2' })).toHaveAttribute('data-highlighted', 'true');
  });

  it('shows how far a driver is as a band, with the ETA, and an on-site driver as arrived', () => {
    const onTheWay = aMerchantArrival({ session_id: 'w1', order_number: 'W1', eta_minutes: 12.4, distance_band: '5_to_20_km' });
    // On site means arrived (the server sets on_site from the geofence entry); Ready After Charge, not fired yet.
    const onSite = aMerchantArrival({ session_id: 'o1', order_number: 'O1', status: 'arrived', charge_complete_trigger: true, on_site: true, distance_band: 'on_site' });
    render(<BoardView arrivals={[onTheWay, onSite]} onConfirm={vi.fn()} />);
    expect(within(column('queued')).getByText('ETA 12 min · 5–20 km away')).toBeInTheDocument();
    expect(ordersIn('charging')).toEqual(['o1']);
  });
});

describe('ArrivalCard evidence', () => {
  it('shows "Verified by charger · stall 2" with its confidence, and a disputed check-in', () => {
    render(
      <BoardView
        arrivals={[
          aMerchantArrival({
            session_id: 'v1',
            order_number: 'V1',
            status: 'merchant_notified',
            geofence_entered_at: '2026-02-06T12:30:00Z',
            evidence: { label: 'Verified by charger · stall 2', verified_by: 'charger', confidence: 3, stall: 2, flags: [] },
          }),
          aMerchantArrival({
            session_id: 'f1',
            order_number: 'F1',
            status: 'awaiting_arrival',
            evidence: { label: null, verified_by: null, confidence: null, stall: null, flags: ['car_far_away'] },
          }),
        ]}
        onConfirm={vi.fn()}
      />,
    );

    expect(within(column('arrived')).getByText('Verified by charger · stall 2')).toBeInTheDocument();
    expect(within(column('arrived')).getByTitle('Confidence 3 of 3')).toBeInTheDocument();
    expect(within(column('queued')).getByText(/Check-in disputed/)).toBeInTheDocument();
  });
});
