import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmationSheet, type ConfirmationSheetProps } from '../confirmation-sheet';

function renderSheet(overrides: Partial<ConfirmationSheetProps> = {}) {
  const onConfirm = vi.fn();
  render(
    <MemoryRouter>
      <ConfirmationSheet
        merchantName="Taco Stop"
        mode={{ fulfillment_type: 'walk_in', arrival_type: 'ev_curbside' }}
        smartcar={{ connected: true, vehicleLabel: 'Tesla Model 3' }}
        connectHref="/smartcar/connect?return_to=%2Farrival"
        onConfirm={onConfirm}
        onBack={vi.fn()}
        {...overrides}
      />
    </MemoryRouter>,
  );
  return { onConfirm };
}

describe('ConfirmationSheet', () => {
  it('with a connected car, auto-detect is on and Ready After Charge defaults to 80%', async () => {
    const { onConfirm } = renderSheet();
    expect(screen.getByRole('switch', { name: 'Auto-detect my arrival' })).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(screen.getByRole('switch', { name: 'Ready After Charge' }));
    const slider = screen.getByRole('slider', { name: /Target charge/ });
    expect(slider).toHaveValue('80');
    expect(slider).toHaveAttribute('min', '50');
    expect(slider).toHaveAttribute('max', '100');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm EV Arrival' }));
    expect(onConfirm).toHaveBeenCalledWith({ use_smartcar: true, charge_complete_trigger: true, target_soc_percent: 80 });
  });

  it('with a connected car, links to changing or disconnecting it', () => {
    renderSheet();
    expect(screen.getByRole('link', { name: 'Change or disconnect this car' })).toHaveAttribute('href', '/smartcar/connect?return_to=%2Farrival');
  });

  it('sends the chosen target SoC', async () => {
    const { onConfirm } = renderSheet();
    await userEvent.click(screen.getByRole('switch', { name: 'Ready After Charge' }));
    fireEvent.change(screen.getByRole('slider', { name: /Target charge/ }), { target: { value: '92' } });
    expect(screen.getByText('92%')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm EV Arrival' }));
    expect(onConfirm).toHaveBeenCalledWith({ use_smartcar: true, charge_complete_trigger: true, target_soc_percent: 92 });
  });

  it('without Ready After Charge sends no target', async () => {
    const { onConfirm } = renderSheet();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm EV Arrival' }));
    expect(onConfirm).toHaveBeenCalledWith({ use_smartcar: true, charge_complete_trigger: false });
  });

  it('without a connected car defaults to manual check-in and offers Connect when auto-detect is turned on', async () => {
    const { onConfirm } = renderSheet({ smartcar: { connected: false } });
    const autoDetect = screen.getByRole('switch', { name: 'Auto-detect my arrival' });
    expect(autoDetect).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('switch', { name: 'Ready After Charge' })).toBeDisabled();

    await userEvent.click(autoDetect);
    expect(screen.getByText('Smartcar not connected.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Connect my car' })).toHaveAttribute('href', '/smartcar/connect?return_to=%2Farrival');
    expect(screen.getByRole('button', { name: 'Confirm EV Arrival' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Use manual check-in' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm (manual check-in)' }));
    expect(onConfirm).toHaveBeenCalledWith({ use_smartcar: false, charge_complete_trigger: false });
  });

  it('shows a create error by its detail', () => {
    renderSheet({ error: Object.assign(new Error('x'), {}) });
    expect(screen.getByRole('alert')).toHaveTextContent('x');
  });
});
