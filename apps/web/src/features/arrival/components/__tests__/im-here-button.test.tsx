import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { ImHereButton } from '../im-here-button';

describe('ImHereButton', () => {
  it('shows the TOO_FAR_FROM_CHARGER problem detail', async () => {
    const tooFar = new ApiError(400, {
      error: 'TOO_FAR_FROM_CHARGER',
      title: 'Too far from the charger',
      detail: "You are 1840 m from Buc-ee's New Braunfels; arrival needs 250 m.",
      distance_m: 1840,
    });
    render(<ImHereButton onImHere={() => Promise.reject(tooFar)} />);
    await userEvent.click(screen.getByRole('button', { name: "I'm here" }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You’re not at the charger yet');
    expect(alert).toHaveTextContent("You are 1840 m from Buc-ee's New Braunfels; arrival needs 250 m.");
  });

  it('clears the error on a successful retry', async () => {
    let fail = true;
    render(<ImHereButton onImHere={() => (fail ? Promise.reject(new ApiError(400, { error: 'TOO_FAR_FROM_CHARGER', detail: 'far' })) : Promise.resolve())} />);
    await userEvent.click(screen.getByRole('button', { name: "I'm here" }));
    expect(await screen.findByRole('alert')).toHaveTextContent('far');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: "I'm here" }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
