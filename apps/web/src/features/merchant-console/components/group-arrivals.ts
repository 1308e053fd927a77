import { ARRIVING_SOON_MINUTES } from '@/config/constants';
import type { MerchantArrival } from '../api/types';

export type BoardColumn = 'queued' | 'arriving' | 'arrived' | 'charging' | 'done';

export const COLUMNS: readonly { id: BoardColumn; title: string }[] = [
  { id: 'arrived', title: 'Arrived — fire now' },
  { id: 'arriving', title: 'Arriving soon' },
  { id: 'charging', title: 'Charging' },
  { id: 'queued', title: 'Queued' },
  { id: 'done', title: 'Done' },
];

/**
 * Where a session sits on the board. Arrival wins over everything; a Ready After Charge session that is
 * at the charger (or has a charge forecast) is "charging"; otherwise an ETA of ≤ 10 min is "arriving soon".
 */
export function columnFor(a: MerchantArrival): BoardColumn {
  switch (a.status) {
    case 'arrived':
    case 'merchant_notified':
      return 'arrived';
    case 'completed':
    case 'completed_unbillable':
    case 'expired':
    case 'canceled':
      return 'done';
    default:
      break;
  }
  const atCharger = a.on_site || a.geofence_entered_at != null || a.eta_minutes === 0;
  if (a.charge_complete_trigger && (atCharger || a.charge_minutes_to_target != null)) return 'charging';
  if (a.eta_minutes != null && a.eta_minutes <= ARRIVING_SOON_MINUTES) return 'arriving';
  return 'queued';
}

export function groupArrivals(arrivals: readonly MerchantArrival[]): Record<BoardColumn, MerchantArrival[]> {
  const groups: Record<BoardColumn, MerchantArrival[]> = { queued: [], arriving: [], arrived: [], charging: [], done: [] };
  for (const a of arrivals) groups[columnFor(a)].push(a);
  // Soonest first where it matters.
  groups.arriving.sort((x, y) => (x.eta_minutes ?? 99) - (y.eta_minutes ?? 99));
  const arrivedAt = (a: MerchantArrival) => a.geofence_entered_at ?? a.merchant_notified_at ?? a.created_at;
  groups.arrived.sort((x, y) => arrivedAt(x).localeCompare(arrivedAt(y)));
  groups.done.sort((x, y) => (y.completed_at ?? y.created_at).localeCompare(x.completed_at ?? x.created_at));
  return groups;
}

export function canConfirm(a: MerchantArrival): boolean {
  return a.status === 'arrived' || a.status === 'merchant_notified';
}
