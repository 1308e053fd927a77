import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aSession } from '@/testing/fixtures';
import { StartChargingPanel } from '../start-charging-panel';

const stalls = [
  { stall: 1, status: 'Charging', online: true },
  { stall: 2, status: 'Available', online: true },
  { stall: 3, status: 'Available', online: false },
];

describe('StartChargingPanel', () => {
  it('starts charging at the picked free stall', async () => {
    const onStart = vi.fn().mockResolvedValue(undefined);
    render(<StartChargingPanel session={aSession()} stalls={stalls} onStart={onStart} />);

    expect(screen.getByRole('radio', { name: 'Stall 1' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Stall 3' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Pick your stall' })).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Stall 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start charging at stall 2' }));

    expect(onStart).toHaveBeenCalledWith(2);
  });

  it('shows the live charging state and hides the button once started', () => {
    render(<StartChargingPanel session={aSession({ charging: { stall: 2, status: 'started', claimed_stall: null } })} stalls={stalls} onStart={vi.fn()} />);

    expect(screen.getByRole('status')).toHaveTextContent('verified by the charger');
    expect(screen.queryByRole('button', { name: /Start charging/ })).not.toBeInTheDocument();
  });

  it('renders nothing at a charger that cannot be started from the app', () => {
    const { container } = render(<StartChargingPanel session={aSession()} stalls={[]} onStart={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
