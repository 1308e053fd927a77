import { ARRIVING_SOON_MINUTES } from '@/config/constants';
import type { MerchantArrival } from '../api/types';

export type BoardColumn = 'queued' | 'arriving' | 'arrived' | 'charging' | 'done';

export const COLUMNS: readonly { id: BoardColumn; title: string }[] = [
  { id: 'arrived', title: 'Arrived — fire now' },
  { id: 'charging', title: 'Arrived — charging (don’t fire yet)' },
  { id: 'arriving', title: 'Arriving soon' },
  { id: 'queued', title: 'Queued' },
  { id: 'done', title: 'Done today' },
];

/** A Ready After Charge car at the charger whose battery target has not fired the kitchen yet. */
export function isChargingAfterArrival(a: MerchantArrival): boolean {
  return (a.status === 'arrived' || a.status === 'merchant_notified') && a.charge_complete_trigger && !a.kitchen_fired_at;
}

/**
 * Where a session sits on the board. "Fire now" only once the kitchen's trigger fired: on arrival, or — for Ready
 * After Charge — when the battery target is reached; until then an arrived RAC car is "charging". Before arrival an
 * ETA of ≤ 10 min is "arriving soon".
 */
export function columnFor(a: MerchantArrival): BoardColumn {
  switch (a.status) {
    case 'arrived':
    case 'merchant_notified':
      return isChargingAfterArrival(a) ? 'charging' : 'arrived';
    case 'completed':
    case 'completed_unbillable':
    case 'expired':
    case 'canceled':
      return 'done';
    default:
      break;
  }
  if (a.eta_minutes != null && a.eta_minutes <= ARRIVING_SOON_MINUTES) return 'arriving';
  return 'queued';
}

/** The day a finished card belongs to (local time), for "Done today" versus older ones. */
function finishedOn(a: MerchantArrival): string {
  return new Date(a.completed_at ?? a.created_at).toDateString();
}

export function isToday(a: MerchantArrival, now: Date = new Date()): boolean {
  return finishedOn(a) === now.toDateString();
}

export function groupArrivals(arrivals: readonly MerchantArrival[]): Record<BoardColumn, MerchantArrival[]> {
  const groups: Record<BoardColumn, MerchantArrival[]> = { queued: [], arriving: [], arrived: [], charging: [], done: [] };
  for (const a of arrivals) groups[columnFor(a)].push(a);
  // Soonest first where it matters; the longest-waiting car first where food is due.
  groups.arriving.sort((x, y) => (x.eta_minutes ?? 99) - (y.eta_minutes ?? 99));
  const firedAt = (a: MerchantArrival) => a.kitchen_fired_at ?? a.geofence_entered_at ?? a.merchant_notified_at ?? a.created_at;
  groups.arrived.sort((x, y) => firedAt(x).localeCompare(firedAt(y)));
  groups.charging.sort((x, y) => (x.charge_minutes_to_target ?? 999) - (y.charge_minutes_to_target ?? 999));
  groups.done.sort((x, y) => (y.completed_at ?? y.created_at).localeCompare(x.completed_at ?? x.created_at));
  return groups;
}

/** Staff confirm a hand-over only after the kitchen was told to fire (never for a car still charging). */
export function canConfirm(a: MerchantArrival): boolean {
  return (a.status === 'arrived' || a.status === 'merchant_notified') && !isChargingAfterArrival(a);
}
