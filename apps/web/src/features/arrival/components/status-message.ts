import type { ArrivalSession } from '../api/types';

/** One plain sentence for where the session is; announced via aria-live when it changes. */
export function statusMessage(session: ArrivalSession): { title: string; body: string } {
  const m = session.merchant_name;
  switch (session.status) {
    case 'pending_order':
      return { title: 'Add your order', body: `Order from ${m}, then add the order number here so they can match it to you.` };
    case 'awaiting_arrival':
      return session.charge_complete_trigger
        ? { title: 'On your way', body: `${m} starts your order when your charge reaches ${session.target_soc_percent ?? 80}%.` }
        : { title: 'On your way', body: `${m} starts your order when you arrive — not before.` };
    case 'arrived':
      return { title: 'You’ve arrived', body: `${m} has been told to fire your order now.` };
    case 'merchant_notified':
      return { title: 'Your order is being made', body: `${m} knows you’re here.` };
    case 'completed':
    case 'completed_unbillable':
      return { title: 'Enjoy!', body: `${m} handed over your order.` };
    case 'expired':
      return { title: 'This EV Arrival expired', body: 'It ran out of time before an arrival was detected.' };
    case 'canceled':
      return { title: 'EV Arrival canceled', body: 'Nothing will be prepared.' };
  }
}
