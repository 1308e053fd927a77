import { useEffect, useRef, useState } from 'react';
import type { MerchantArrival } from '../api/types';
import { beep } from './beep';
import { canConfirm } from './group-arrivals';

const HIGHLIGHT_MS = 60_000;
const ACTIVE = ['pending_order', 'awaiting_arrival', 'arrived', 'merchant_notified'];

function describe(a: MerchantArrival): string {
  const car = [a.vehicle?.color, a.vehicle?.model].filter(Boolean).join(' ');
  return [a.order_number ? `Order ${a.order_number}` : 'No pre-order', car, a.stall && `stall ${a.stall}`, a.charger_name && `at ${a.charger_name}`]
    .filter(Boolean)
    .join(', ');
}

/**
 * Spots sessions whose kitchen newly fired ("fire now"): beeps, highlights them for a minute and produces an
 * announcement for an aria-live region. A Ready After Charge car that arrives but still charges does not beep; it
 * does when its battery target fires. A driver canceling an open order is announced too — as "don't hand over" when
 * the kitchen had already been told to fire. Nothing beeps for what was already on the board when it first loaded.
 */
export function useArrivalAlerts(arrivals: readonly MerchantArrival[] | undefined) {
  const seen = useRef<Set<string> | null>(null);
  const open = useRef<Set<string>>(new Set());
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [canceled, setCanceled] = useState<readonly MerchantArrival[]>([]);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  useEffect(() => {
    if (!arrivals) return;
    const fireNow = arrivals.filter(canConfirm);
    const wasOpen = open.current;
    open.current = new Set(arrivals.filter((a) => ACTIVE.includes(a.status)).map((a) => a.session_id));
    if (seen.current === null) {
      seen.current = new Set(fireNow.map((a) => a.session_id));
      return;
    }
    const fresh = fireNow.filter((a) => !seen.current!.has(a.session_id));
    for (const a of fireNow) seen.current.add(a.session_id);
    const justCanceled = arrivals.filter((a) => a.status === 'canceled' && wasOpen.has(a.session_id));
    if (fresh.length === 0 && justCanceled.length === 0) return;
    beep();
    const afterFire = justCanceled.filter((a) => a.canceled_after_fire);
    const beforeFire = justCanceled.filter((a) => !a.canceled_after_fire);
    const parts = [
      fresh.length > 0 ? `New arrival — fire now: ${fresh.map(describe).join('; ')}` : '',
      afterFire.length > 0 ? `Canceled after fire — don’t hand over: ${afterFire.map(describe).join('; ')}` : '',
      beforeFire.length > 0 ? `Canceled by the driver — stop: ${beforeFire.map(describe).join('; ')}` : '',
    ].filter(Boolean);
    setAnnouncement(parts.join('. '));
    if (justCanceled.length > 0) setCanceled((prev) => [...justCanceled, ...prev].slice(0, 5));
    const ids = [...fresh, ...justCanceled].map((a) => a.session_id);
    setHighlighted((prev) => new Set([...prev, ...ids]));
    timers.current.push(setTimeout(() => setHighlighted((prev) => new Set([...prev].filter((id) => !ids.includes(id)))), HIGHLIGHT_MS));
  }, [arrivals]);

  return { highlighted, announcement, canceled, dismissCanceled: (id: string) => setCanceled((prev) => prev.filter((a) => a.session_id !== id)) };
}
