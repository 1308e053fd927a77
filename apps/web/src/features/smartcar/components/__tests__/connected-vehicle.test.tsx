import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { ConnectedVehicle } from '../connected-vehicle';

const ioniq = { id: 'demo-ioniq-5', make: 'Hyundai', model: 'Ioniq 5', year: 2024 };

describe('ConnectedVehicle', () => {
  it('names the connected car and disconnects it on request', async () => {
    const onDisconnect = vi.fn(async () => ({ ok: true }));
    render(<ConnectedVehicle vehicle={ioniq} onDisconnect={onDisconnect} />);

    expect(screen.getByRole('heading', { name: 'Connected: 2024 Hyundai Ioniq 5' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Disconnect this car' }));

    expect(onDisconnect).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a failed disconnect and lets the driver try again', async () => {
    const onDisconnect = vi.fn(() => Promise.reject(new ApiError(502, { error: 'SMARTCAR_UNAVAILABLE', detail: 'Smartcar did not answer.' })));
    render(<ConnectedVehicle vehicle={{ ...ioniq, year: null }} onDisconnect={onDisconnect} />);

    expect(screen.getByRole('heading', { name: 'Connected: Hyundai Ioniq 5' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Disconnect this car' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not disconnect');
    expect(alert).toHaveTextContent('Smartcar did not answer.');
    expect(screen.getByRole('button', { name: 'Disconnect this car' })).toBeEnabled();
  });
});
