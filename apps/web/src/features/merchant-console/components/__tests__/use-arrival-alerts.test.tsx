import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aMerchantArrival } from '@/testing/fixtures';
import * as sound from '../beep';
import { useArrivalAlerts } from '../use-arrival-alerts';

describe('useArrivalAlerts', () => {
  it('beeps and announces only sessions that newly arrive', () => {
    const beep = vi.spyOn(sound, 'beep').mockImplementation(() => undefined);
    const before = [aMerchantArrival({ session_id: 'old', status: 'arrived' }), aMerchantArrival({ session_id: 'x', status: 'awaiting_arrival', order_number: '77' })];
    const { result, rerender } = renderHook(({ list }) => useArrivalAlerts(list), { initialProps: { list: before } });
    expect(beep).not.toHaveBeenCalled();
    expect(result.current.announcement).toBe('');

    rerender({ list: [before[0], { ...before[1], status: 'arrived' as const }] });
    expect(beep).toHaveBeenCalledOnce();
    expect(result.current.announcement).toMatch(/New arrival — fire now: Order 77, Red Rivian R1S, at Pearl Supercharger/);
    expect(result.current.highlighted.has('x')).toBe(true);
    expect(result.current.highlighted.has('old')).toBe(false);
  });

  it('beeps and announces an order canceled after it was fired', () => {
    const beep = vi.spyOn(sound, 'beep').mockImplementation(() => undefined);
    const fired = aMerchantArrival({ session_id: 'c', status: 'merchant_notified', order_number: '88', kitchen_fired_at: '2026-02-06T12:30:00Z' });
    const { result, rerender } = renderHook(({ list }) => useArrivalAlerts(list), { initialProps: { list: [fired] } });

    rerender({ list: [{ ...fired, status: 'canceled' as const, canceled_after_fire: true }] });

    expect(beep).toHaveBeenCalledOnce();
    expect(result.current.announcement).toMatch(/Canceled after fire — don’t hand over: Order 88/);
  });

  it('does not beep when a Ready After Charge car arrives, only when its battery fires the kitchen', () => {
    const beep = vi.spyOn(sound, 'beep').mockImplementation(() => undefined);
    const rac = aMerchantArrival({ session_id: 'r', status: 'awaiting_arrival', order_number: '80', charge_complete_trigger: true, target_soc_percent: 80 });
    const { result, rerender } = renderHook(({ list }) => useArrivalAlerts(list), { initialProps: { list: [rac] } });

    rerender({ list: [{ ...rac, status: 'merchant_notified' as const, kitchen_fired_at: null }] });
    expect(beep).not.toHaveBeenCalled();
    rerender({ list: [{ ...rac, status: 'merchant_notified' as const, kitchen_fired_at: '2026-02-06T12:30:00Z' }] });
    expect(beep).toHaveBeenCalledOnce();
    expect(result.current.announcement).toMatch(/fire now: Order 80/);
  });

  it('alerts when a driver cancels an open order', () => {
    const beep = vi.spyOn(sound, 'beep').mockImplementation(() => undefined);
    const open = aMerchantArrival({ session_id: 'c', status: 'awaiting_arrival', order_number: '55' });
    const { result, rerender } = renderHook(({ list }) => useArrivalAlerts(list), { initialProps: { list: [open] } });

    rerender({ list: [{ ...open, status: 'canceled' as const }] });
    expect(beep).toHaveBeenCalledOnce();
    expect(result.current.announcement).toMatch(/Canceled by the driver — stop: Order 55/);
    expect(result.current.canceled.map((a) => a.session_id)).toEqual(['c']);
  });
});
