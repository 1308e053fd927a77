import { useEffect, useRef, useState } from 'react';
import type { MerchantArrival } from '../api/types';
import { beep } from './beep';
import { canConfirm } from './group-arrivals';

const HIGHLIGHT_MS = 60_000;

function describe(a: MerchantArrival): string {
  const car = [a.vehicle?.color, a.vehicle?.model].filter(Boolean).join(' ');
  return [a.order_number ? `Order ${a.order_number}` : 'No pre-order', car, a.charger_name && `at ${a.charger_name}`].filter(Boolean).join(', ');
}

/**
 * Spots sessions that newly reached "arrived" (or were canceled after the kitchen was told to fire): beeps,
 * highlights them for a minute and produces an announcement for an aria-live region. Sessions already in that
 * state when the board first loads don't beep.
 */
export function useArrivalAlerts(arrivals: readonly MerchantArrival[] | undefined) {
  const seen = useRef<Set<string> | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  useEffect(() => {
    if (!arrivals) return;
    const key = (a: MerchantArrival) => (a.canceled_after_fire ? `canceled:${a.session_id}` : a.session_id);
    const alerting = arrivals.filter((a) => canConfirm(a) || a.canceled_after_fire);
    if (seen.current === null) {
      seen.current = new Set(alerting.map(key));
      return;
    }
    const fresh = alerting.filter((a) => !seen.current!.has(key(a)));
    for (const a of alerting) seen.current.add(key(a));
    if (fresh.length === 0) return;
    beep();
    const canceled = fresh.filter((a) => a.canceled_after_fire);
    const arrived = fresh.filter((a) => !a.canceled_after_fire);
    setAnnouncement(
      [
        arrived.length > 0 && `New arrival — fire now: ${arrived.map(describe).join('; ')}`,
        canceled.length > 0 && `Canceled after fire — don’t hand over: ${canceled.map(describe).join('; ')}`,
      ]
        .filter(Boolean)
        .join('. '),
    );
    setHighlighted((prev) => new Set([...prev, ...fresh.map((a) => a.session_id)]));
    const ids = fresh.map((a) => a.session_id);
    timers.current.push(setTimeout(() => setHighlighted((prev) => new Set([...prev].filter((id) => !ids.includes(id)))), HIGHLIGHT_MS));
  }, [arrivals]);

  return { highlighted, announcement };
}
