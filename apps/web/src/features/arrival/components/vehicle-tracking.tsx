import { Link } from 'react-router';
import { clockIn, etaMinutes, formatDuration, formatTime, minutesSince } from '@/lib/format';
import type { ArrivalSession, SessionSmartcarStatus } from '../api/types';
import { BatteryBar } from './battery-bar';
import { isChargingAfterArrival } from './status-message';

/** Car data older than this is said to be stale rather than shown as live. */
const STALE_MINUTES = 10;
/** With no first reading after this long, say so instead of waiting forever. */
const NO_DATA_MINUTES = 3;

export type VehicleTrackingProps = { session: ArrivalSession; smartcar: SessionSmartcarStatus | null; now?: Date };

/** Smartcar-driven status: live ETA, battery, arrival and charge, and what to do when the car stops reporting. */
export function VehicleTracking({ session, smartcar, now = new Date() }: VehicleTrackingProps) {
  const rawEta = smartcar?.eta_minutes ?? session.eta_minutes;
  const eta = rawEta == null ? null : etaMinutes(rawEta);
  const arrived = smartcar?.arrival_detected || ['arrived', 'merchant_notified', 'completed', 'completed_unbillable'].includes(session.status);
  const battery = smartcar?.last_battery ?? null;
  const seenAt = smartcar?.last_location?.timestamp ?? battery?.timestamp ?? null;
  const age = seenAt ? minutesSince(seenAt, now) : null;
  const lost = smartcar?.connection_issue === 'needs_reconnect';
  const stale = !lost && age != null && age >= STALE_MINUTES && !arrived;
  const silent = !lost && !seenAt && minutesSince(session.created_at, now) >= NO_DATA_MINUTES;
  const charging = isChargingAfterArrival(session);
  const minutesToTarget = smartcar?.charge_minutes_to_target ?? session.charge_minutes_to_target ?? null;
  const reconnect = `/smartcar/connect?return_to=${encodeURIComponent(`/arrival/${session.session_id}`)}`;

  return (
    <section aria-label="Vehicle tracking" className="flex flex-col gap-2 rounded-xl bg-blue-50 p-4 text-blue-950">
      <p className="text-sm font-medium">{lost ? '🚗 Vehicle tracking paused' : '🚗 Vehicle tracking active'}</p>
      {lost && (
        <div role="alert" className="flex flex-col gap-2 rounded-lg border border-red-300 bg-white p-3 text-sm text-red-900">
          <p className="font-medium">Your car’s connection needs reconnecting.</p>
          <p>We can’t see your car until you reconnect. You can still tap “I’m here” at the charger.</p>
          <Link to={reconnect} className="self-start rounded-lg bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700">
            Reconnect
          </Link>
        </div>
      )}
      {stale && (
        <p role="status" className="text-sm text-amber-900">
          Last heard from your car {formatDuration(age!)} ago ({formatTime(seenAt)}) — the ETA may be out of date. Tap “I’m here” when you arrive.
        </p>
      )}
      {!lost && !arrived && eta != null && eta > 0 && (
        <p className="flex flex-wrap items-baseline justify-between gap-x-2">
          <span className="text-sm">ETA to charger</span>
          <span className="text-lg font-semibold" data-testid="eta">
            {formatDuration(eta)}
          </span>
          <span className="w-full text-right text-xs">arrives ≈ {clockIn(eta, now)}</span>
        </p>
      )}
      {!lost && !arrived && eta === 0 && <p className="text-sm font-medium text-green-800">📍 Near the charger — detecting arrival…</p>}
      {!lost && !arrived && eta == null && !silent && <p className="text-sm">Waiting for your car’s first location…</p>}
      {silent && (
        <p role="status" className="text-sm text-amber-900">
          No data from your car yet — it may be asleep or out of coverage. Tap “I’m here” when you arrive.
        </p>
      )}
      {arrived && !charging && <p className="text-sm font-medium text-green-800">✅ Arrival confirmed — merchant notified</p>}
      {arrived && charging && (
        <p className="text-sm font-medium text-blue-900" data-testid="charging-status">
          🔌 Arrived — charging{session.target_soc_percent != null ? ` to ${session.target_soc_percent} %` : ''}
          {minutesToTarget != null && minutesToTarget > 0 ? `, order starts ≈ ${clockIn(minutesToTarget, now)}` : ''}
        </p>
      )}
      {battery && <BatteryBar percent={battery.percent} target={session.charge_complete_trigger ? session.target_soc_percent : null} />}
      {session.charge_complete_trigger && !arrived && (
        <p className="text-xs">
          Ready After Charge: the order starts {session.target_soc_percent != null ? `at ${session.target_soc_percent} %` : 'when charging completes'}, after you arrive.
        </p>
      )}
      {session.charge_complete_trigger && session.kitchen_fired_at && <p className="text-sm font-medium text-green-800">⚡ Charge target reached — your order is being made</p>}
    </section>
  );
}
