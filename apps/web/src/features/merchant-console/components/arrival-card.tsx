import { etaMinutes, formatTime } from '@/lib/format';
import type { ConfirmChoice, DistanceBand, MerchantArrival } from '../api/types';
import { ConfirmFulfilmentForm } from './confirm-fulfilment-form';
import { canConfirm, type BoardColumn } from './group-arrivals';

const DISTANCE: Record<DistanceBand, string | null> = {
  unknown: null,
  on_site: null,
  under_1_km: 'under 1 km away',
  '1_to_5_km': '1–5 km away',
  '5_to_20_km': '5–20 km away',
  over_20_km: 'over 20 km away',
};
const MODE: Record<string, string> = { walk_in: 'Walk-in', eat_in_car: 'Eat in car', dine_in: 'Dine in' };
const STATUS: Record<string, string> = {
  pending_order: 'Waiting for order #',
  awaiting_arrival: 'On the way',
  arrived: 'Arrived',
  merchant_notified: 'Arrived (notified)',
  completed: 'Handed over',
  completed_unbillable: 'Handed over',
  expired: 'Expired',
  canceled: 'Canceled',
};

/** Said plainly when a session fires with no bound order — never "Order N/A". */
export const NO_PRE_ORDER = 'No pre-order — the driver will order at the counter';

export type ArrivalCardProps = {
  arrival: MerchantArrival;
  column: BoardColumn;
  highlighted?: boolean;
  onConfirm: (sessionId: string, choice: ConfirmChoice) => Promise<unknown>;
};

export function ArrivalCard({ arrival: a, column, highlighted, onConfirm }: ArrivalCardProps) {
  const car = [a.vehicle?.color, a.vehicle?.model].filter(Boolean).join(' ') || 'Vehicle not set';
  const fired = a.kitchen_fired_at != null || column === 'arrived';
  const tone = a.canceled_after_fire
    ? 'border-red-500 bg-red-50 ring-2 ring-red-300'
    : highlighted
      ? 'border-amber-500 bg-amber-50 ring-4 ring-amber-300'
      : 'border-slate-200 bg-white';
  return (
    <article
      aria-label={a.order_number ? `Order ${a.order_number}` : fired ? 'No pre-order' : 'Order not yet added'}
      data-session-id={a.session_id}
      data-highlighted={highlighted || undefined}
      data-canceled-after-fire={a.canceled_after_fire || undefined}
      className={`rounded-lg border p-3 text-sm shadow-sm ${tone}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-base font-semibold">
          {a.order_number ? `#${a.order_number}` : fired ? 'No pre-order' : 'Order # not added yet'}
          {highlighted && <span className="ml-2 rounded bg-amber-500 px-1.5 py-0.5 text-xs font-bold text-white motion-safe:animate-pulse">NEW</span>}
        </span>
        {a.canceled_after_fire ? (
          <span className="rounded bg-red-600 px-1.5 py-0.5 text-xs font-bold text-white">Canceled after fire</span>
        ) : (
          <span className="text-xs text-slate-600">{STATUS[a.status] ?? a.status}</span>
        )}
      </div>
      {a.canceled_after_fire && <p className="font-medium text-red-800">The driver canceled after you were told to fire. Don’t hand it over.</p>}
      {!a.order_number && fired && <p className="text-slate-700">{NO_PRE_ORDER}.</p>}
      <p className="text-slate-700">{car}</p>
      <p className="text-xs text-slate-600">
        {MODE[a.fulfillment_type ?? ''] ?? (a.arrival_type === 'ev_dine_in' ? 'Dine in' : 'Curbside')}
        {a.charger_name && ` · ${a.charger_name}`}
      </p>
      {column !== 'done' && column !== 'arrived' && (a.eta_minutes != null || DISTANCE[a.distance_band]) && (
        <p className="font-medium">
          {[a.eta_minutes != null && `ETA ${etaMinutes(a.eta_minutes)} min`, DISTANCE[a.distance_band]].filter(Boolean).join(' · ')}
        </p>
      )}
      {a.battery_percent != null && column !== 'done' && (
        <p className="text-xs">
          Battery {Math.round(a.battery_percent)}%{a.target_soc_percent != null && ` → ${a.target_soc_percent}%`}
          {a.charge_minutes_to_target != null && ` · ready in ~${a.charge_minutes_to_target} min`}
        </p>
      )}
      {a.evidence?.label && (
        <p className="text-xs font-medium text-emerald-800" title={`Confidence ${a.evidence.confidence ?? '?'} of 3`}>
          <span className="rounded bg-emerald-100 px-1.5 py-0.5">{a.evidence.label}</span>
          {a.evidence.confidence != null && <span className="ml-1 text-slate-600">{'●'.repeat(a.evidence.confidence)}{'○'.repeat(3 - a.evidence.confidence)}</span>}
        </p>
      )}
      {!a.evidence?.label && (a.evidence?.flags.length ?? 0) > 0 && (
        <p className="text-xs font-medium text-amber-800">Check-in disputed — waiting for the driver to confirm at the charger</p>
      )}
      {a.geofence_entered_at && column === 'arrived' && <p className="text-xs text-slate-600">Arrived {formatTime(a.geofence_entered_at)}</p>}
      {a.completed_at && <p className="text-xs text-slate-600">Done {formatTime(a.completed_at)}</p>}
      {column !== 'done' && (
        <ConfirmFulfilmentForm
          enabled={canConfirm(a)}
          estimateCents={a.driver_estimate_cents}
          posTotalCents={a.pos_total_cents}
          onConfirm={(choice) => onConfirm(a.session_id, choice)}
        />
      )}
    </article>
  );
}
