import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { aSession } from '@/testing/fixtures';
import { ClaimStallOffer } from '../claim-stall-offer';

const offered = (stall: number, claimed: number | null = null) =>
  aSession({ charging: { stall: null, status: null, claimed_stall: claimed, offered_stall: stall, offered_at: '2026-02-06T12:30:00Z' } });

describe('ClaimStallOffer', () => {
  it('claims the offered stall, showing progress while the call runs', async () => {
    let finish: () => void = () => {};
    const onClaim = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<ClaimStallOffer session={offered(3)} onClaim={onClaim} />);

    expect(screen.getByText('A car was just plugged in at stall 3. Is it yours?')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'That’s me at stall 3' }));

    expect(onClaim).toHaveBeenCalledWith(3);
    expect(screen.getByRole('button', { name: 'That’s me at stall 3' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'That’s me at stall 3' })).toBeDisabled();
    finish();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'That’s me at stall 3' })).not.toHaveAttribute('aria-busy'));
  });

  it('keeps the spinner while the claim runs, even when its push arrives first', async () => {
    let finish: () => void = () => {};
    const onClaim = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { rerender } = render(<ClaimStallOffer session={offered(3)} onClaim={onClaim} />);
    await userEvent.click(screen.getByRole('button', { name: 'That’s me at stall 3' }));

    rerender(<ClaimStallOffer session={offered(3, 3)} onClaim={onClaim} />);
    expect(screen.getByRole('button', { name: 'That’s me at stall 3' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    finish();
    expect(await screen.findByRole('status')).toHaveTextContent('You said stall 3.');
  });

  it('shows the problem’s message when the claim fails, and lets the driver try again', async () => {
    const onClaim = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(410, { error: 'SESSION_EXPIRED', detail: 'This EV Arrival has expired.' }))
      .mockResolvedValueOnce(undefined);
    render(<ClaimStallOffer session={offered(2)} onClaim={onClaim} />);

    await userEvent.click(screen.getByRole('button', { name: 'That’s me at stall 2' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This EV Arrival has expired.');

    await userEvent.click(screen.getByRole('button', { name: 'That’s me at stall 2' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(onClaim).toHaveBeenCalledTimes(2);
  });

  it('follows the live session: appears when offered, says what was claimed, hides once the charger verified it', () => {
    const onClaim = vi.fn();
    const { rerender, container } = render(<ClaimStallOffer session={aSession()} onClaim={onClaim} />);
    expect(container).toBeEmptyDOMElement();

    rerender(<ClaimStallOffer session={offered(3)} onClaim={onClaim} />);
    expect(screen.getByRole('button', { name: 'That’s me at stall 3' })).toBeInTheDocument();

    rerender(<ClaimStallOffer session={offered(3, 3)} onClaim={onClaim} />);
    expect(screen.queryByRole('button', { name: /That’s me/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You said stall 3.');

    const verified = {
      ...offered(3, 3),
      status: 'arrived' as const,
      arrival_source: 'charger',
      evidence: { label: 'Verified by charger · stall 3', verified_by: 'charger' as const, confidence: 2, stall: 3, items: [], flags: [] },
    };
    rerender(<ClaimStallOffer session={verified} onClaim={onClaim} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is not offered on a finished session', () => {
    const { container } = render(<ClaimStallOffer session={{ ...offered(3), status: 'canceled' }} onClaim={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
