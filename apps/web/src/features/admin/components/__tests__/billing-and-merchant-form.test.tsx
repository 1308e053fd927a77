import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { nextStatuses } from '../billing-panel';
import { MerchantForm } from '../merchant-form';

describe('nextStatuses', () => {
  it('only ever offers forward moves', () => {
    expect(nextStatuses('pending')).toEqual(['invoiced', 'void']);
    expect(nextStatuses('invoiced')).toEqual(['paid', 'void']);
    expect(nextStatuses('paid')).toEqual([]);
    expect(nextStatuses('void')).toEqual([]);
  });
});

describe('MerchantForm', () => {
  it('sends the fee, caps and modes the operator typed', async () => {
    const onSave = vi.fn();
    render(<MerchantForm onSave={onSave} saving={false} error={null} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'Pete’s');
    await user.type(screen.getByLabelText('Category'), 'Tacos');
    await user.type(screen.getByLabelText('Address'), '1 Broadway');
    await user.clear(screen.getByLabelText('Platform fee (bps)'));
    await user.type(screen.getByLabelText('Platform fee (bps)'), '750');
    expect(screen.getByText('7.50 % of the order total')).toBeInTheDocument();
    await user.click(screen.getByLabelText('dine_in'));
    await user.clear(screen.getByLabelText('Max fee (cents)'));
    await user.type(screen.getByLabelText('Max fee (cents)'), '1800');
    await user.click(screen.getByRole('button', { name: 'Create merchant' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Pete’s', platform_fee_bps: 750, max_fee_cents: 1800, fulfillment_modes: ['walk_in', 'dine_in'] }),
    );
  });
});
