import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ModeSelector } from '../mode-selector';

describe('ModeSelector', () => {
  it.each([
    ['Walk in', 'walk_in', 'ev_curbside'],
    ['Eat in car', 'eat_in_car', 'ev_curbside'],
    ['Dine in', 'dine_in', 'ev_dine_in'],
  ])('"%s" selects fulfillment_type %s and arrival_type %s', async (label, fulfillment, arrival) => {
    const onSelect = vi.fn();
    render(<ModeSelector merchantName="Taco Stop" onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`^${label}`) }));
    expect(onSelect).toHaveBeenCalledWith({ fulfillment_type: fulfillment, arrival_type: arrival });
  });

  it('offers only the merchant’s fulfillment modes', () => {
    render(<ModeSelector available={['walk_in', 'dine_in']} onSelect={vi.fn()} />);
    expect(screen.getAllByRole('button')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Eat in car/ })).not.toBeInTheDocument();
  });

  it('offers all three when the merchant lists none', () => {
    render(<ModeSelector available={[]} onSelect={vi.fn()} />);
    expect(screen.getAllByRole('button')).toHaveLength(3);
  });

  it('is keyboard operable', async () => {
    const onSelect = vi.fn();
    render(<ModeSelector onSelect={onSelect} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith({ fulfillment_type: 'walk_in', arrival_type: 'ev_curbside' });
  });
});
