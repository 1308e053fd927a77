import { formatDuration } from '@/lib/format';
import type { ArrivalSession } from '../api/types';

/** True while a Ready After Charge session has arrived but its kitchen waits for the battery. */
export function isChargingAfterArrival(s: ArrivalSession): boolean {
  return s.charge_complete_trigger && !s.kitchen_fired_at && (s.status === 'arrived' || s.status === 'merchant_notified');
}

/** "80 %" or "charging completes", for Ready After Charge sentences. */
function chargeGoal(s: ArrivalSession): string {
  return s.target_soc_percent != null ? `your battery reaches ${s.target_soc_percent} %` : 'charging completes';
}

/** One plain sentence for where the session is; announced via aria-live when it changes. Never says "fire now" early. */
export function statusMessage(session: ArrivalSession, minutesToTarget?: number | null): { title: string; body: string } {
  const m = session.merchant_name;
  switch (session.status) {
    case 'pending_order':
      return { title: 'Add your order', body: `Order from ${m}, then add the order number here so they can match it to you.` };
    case 'awaiting_arrival':
      return session.charge_complete_trigger
        ? { title: 'On your way', body: `${m} starts your order when ${chargeGoal(session)} after you arrive — not before.` }
        : { title: 'On your way', body: `${m} starts your order when you arrive — not before.` };
    case 'arrived':
    case 'merchant_notified':
      if (isChargingAfterArrival(session)) {
        const when = minutesToTarget != null && minutesToTarget > 0 ? ` (≈ ${formatDuration(minutesToTarget)})` : '';
        return { title: 'You’ve arrived — charging', body: `Your order starts when ${chargeGoal(session)}${when}. ${m} knows you’re here.` };
      }
      return session.status === 'arrived'
        ? { title: 'You’ve arrived', body: `${m} has been told to start your order now.` }
        : { title: 'Your order is being made', body: `${m} knows you’re here.` };
    case 'completed':
    case 'completed_unbillable':
      return { title: 'Enjoy!', body: `${m} handed over your order.` };
    case 'expired':
      return { title: 'This EV Arrival expired', body: 'It ran out of time before an arrival was detected.' };
    case 'canceled':
      return { title: 'EV Arrival canceled', body: 'Nothing will be prepared.' };
  }
}
