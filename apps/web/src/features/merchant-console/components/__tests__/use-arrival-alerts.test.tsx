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
});
