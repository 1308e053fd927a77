import { useEffect, useRef, useState } from 'react';
import type { MerchantArrival } from '../api/types';
import { beep } from './beep';
import { canConfirm } from './group-arrivals';

const HIGHLIGHT_MS = 60_000;

function describe(a: MerchantArrival): string {
  const car = [a.vehicle?.color, a.vehicle?.model].filter(Boolean).join(' ');
  return [`Order ${a.order_number ?? 'without number'}`, car, a.charger_name && `at ${a.charger_name}`].filter(Boolean).join(', ');
}

/**
 * Spots sessions that newly reached "arrived": beeps, highlights them for a minute and produces an
 * announcement for an aria-live region. Sessions already arrived when the board first loads don't beep.
 */
export function useArrivalAlerts(arrivals: readonly MerchantArrival[] | undefined) {
  const seen = useRef<Set<string> | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  useEffect(() => {
    if (!arrivals) return;
    const arrivedNow = arrivals.filter(canConfirm);
    if (seen.current === null) {
      seen.current = new Set(arrivedNow.map((a) => a.session_id));
      return;
    }
    const fresh = arrivedNow.filter((a) => !seen.current!.has(a.session_id));
    for (const a of arrivedNow) seen.current.add(a.session_id);
    if (fresh.length === 0) return;
    beep();
    setAnnouncement(`New arrival — fire now: ${fresh.map(describe).join('; ')}`);
    setHighlighted((prev) => new Set([...prev, ...fresh.map((a) => a.session_id)]));
    const ids = fresh.map((a) => a.session_id);
    timers.current.push(setTimeout(() => setHighlighted((prev) => new Set([...prev].filter((id) => !ids.includes(id)))), HIGHLIGHT_MS));
  }, [arrivals]);

  return { highlighted, announcement };
}
