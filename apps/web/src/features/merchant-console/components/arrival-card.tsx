import { useState } from 'react';
import { clockIn, etaMinutes, formatCents, formatDuration, formatTime, minutesSince } from '@/lib/format';
import type { ConfirmChoice, DistanceBand, MerchantArrival } from '../api/types';
import { ConfirmFulfilmentForm } from './confirm-fulfilment-form';
import { canConfirm, type BoardColumn } from './group-arrivals';
import { SiteMap } from './site-map';

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
  canceled: 'Canceled by driver',
};

/** Said plainly when a session fires with no bound order — never "Order N/A". */
export const NO_PRE_ORDER = 'No pre-order — the driver will order at the counter';

export type ArrivalCardProps = {
  arrival: MerchantArrival;
  column: BoardColumn;
  highlighted?: boolean;
  merchantId?: string | null;
  now?: Date;
  onConfirm: (sessionId: string, choice: ConfirmChoice) => Promise<unknown>;
};

/** Where the driver is, for staff: the API's band, else what the ETA says. Never coordinates. */
function distanceBand(a: MerchantArrival, column: BoardColumn): string {
  if (a.on_site || column === 'arrived' || column === 'charging') return 'at the charger';
  const band = DISTANCE[a.distance_band];
  if (band) return band;
  if (a.eta_minutes == null) return 'location unknown';
  return a.eta_minutes <= 10 ? 'a few minutes away' : a.eta_minutes <= 60 ? 'under an hour away' : 'more than an hour away';
}

export function ArrivalCard({ arrival: a, column, highlighted, merchantId, now = new Date(), onConfirm }: ArrivalCardProps) {
  const [details, setDetails] = useState(false);
  const car = [a.vehicle?.color, a.vehicle?.model].filter(Boolean).join(' ') || 'Vehicle not set';
  const fired = a.kitchen_fired_at != null || column === 'arrived';
  const firedAt = a.kitchen_fired_at ?? a.geofence_entered_at;
  const waiting = column === 'arrived' && firedAt ? minutesSince(firedAt, now) : null;
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
      className={`min-w-0 rounded-lg border p-3 text-sm shadow-sm ${tone}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <span className="text-base font-semibold whitespace-nowrap">
          {a.order_number ? `#${a.order_number}` : fired ? 'No pre-order' : 'Order # not added yet'}
          {highlighted && <span className="ml-2 rounded bg-amber-600 px-1.5 py-0.5 text-xs font-bold text-white motion-safe:animate-pulse">NEW</span>}
        </span>
        {a.canceled_after_fire ? (
          <span className="rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white">Canceled after fire</span>
        ) : (
          <span className="text-xs text-slate-700">{STATUS[a.status] ?? a.status}</span>
        )}
      </div>
      {a.canceled_after_fire && <p className="font-medium text-red-800">The driver canceled after you were told to fire. Don’t hand it over.</p>}
      {!a.order_number && fired && <p className="text-slate-800">{NO_PRE_ORDER}.</p>}
      <p className="text-slate-800">
        {car}
        {a.vehicle?.plate && <span className="ml-1 rounded bg-slate-100 px-1 font-mono text-xs">{a.vehicle.plate}</span>}
        {a.stall && <span className="ml-1 font-semibold">· stall {a.stall}</span>}
      </p>
      <p className="text-xs text-slate-700">
        {MODE[a.fulfillment_type ?? ''] ?? (a.arrival_type === 'ev_dine_in' ? 'Dine in' : 'Curbside')}
        {a.charger_name && ` · ${a.charger_name}`}
      </p>
      {column !== 'done' && column !== 'arrived' && column !== 'charging' && (a.eta_minutes != null || DISTANCE[a.distance_band]) && (
        <p className="font-medium">
          {[a.eta_minutes != null && `ETA ${formatDuration(etaMinutes(a.eta_minutes))}`, DISTANCE[a.distance_band]].filter(Boolean).join(' · ')}
        </p>
      )}
      {column === 'charging' && (
        <p className="font-medium text-blue-900" data-testid="charging-note">
          Arrived — charging{a.target_soc_percent != null ? ` to ${a.target_soc_percent} %` : ''}
          {a.charge_minutes_to_target != null ? `, fire at ≈ ${clockIn(a.charge_minutes_to_target, now)}` : ', fire when charging completes'}
        </p>
      )}
      {a.battery_percent != null && column !== 'done' && (
        <p className="text-xs">
          Battery {Math.round(a.battery_percent)}%{a.target_soc_percent != null && ` → ${a.target_soc_percent}%`}
          {a.charge_minutes_to_target != null && ` · ready in ~${formatDuration(a.charge_minutes_to_target)}`}
        </p>
      )}
      {a.evidence?.label && (
        <p className="text-xs font-medium text-emerald-800" title={`Confidence ${a.evidence.confidence ?? '?'} of 3`}>
          <span className="rounded bg-emerald-100 px-1.5 py-0.5">{a.evidence.label}</span>
          {a.evidence.confidence != null && <span className="ml-1 text-slate-700">{'●'.repeat(a.evidence.confidence)}{'○'.repeat(3 - a.evidence.confidence)}</span>}
        </p>
      )}
      {!a.evidence?.label && (a.evidence?.flags.length ?? 0) > 0 && (
        <p className="text-xs font-medium text-amber-800">Check-in disputed — waiting for the driver to confirm at the charger</p>
      )}
      {waiting != null && (
        <p className={`text-xs font-semibold ${waiting >= 10 ? 'text-red-800' : 'text-slate-800'}`} data-testid="waiting">
          Waiting {formatDuration(waiting)} (since {formatTime(firedAt)})
        </p>
      )}
      {a.completed_at && <p className="text-xs text-slate-700">Done {formatTime(a.completed_at)}</p>}
      {a.billable_amount_cents != null && column === 'done' && <p className="text-xs text-slate-700">Nerava fee {formatCents(a.billable_amount_cents)}</p>}
      {column !== 'done' && a.charger_id && (
        <button type="button" className="mt-1 text-xs font-medium text-brand-700 underline" aria-expanded={details} onClick={() => setDetails((d) => !d)}>
          {details ? 'Hide map' : 'Show map'}
        </button>
      )}
      {details && a.charger_id && <SiteMap chargerId={a.charger_id} merchantId={merchantId} band={distanceBand(a, column)} />}
      {column !== 'done' && column !== 'charging' && (
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
