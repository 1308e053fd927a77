import { etaMinutes } from '@/lib/format';
import type { ArrivalSession, SessionSmartcarStatus } from '../api/types';
import { BatteryBar } from './battery-bar';

/** Smartcar-driven status: live ETA, battery, arrival and charge-complete. */
export function VehicleTracking({ session, smartcar }: { session: ArrivalSession; smartcar: SessionSmartcarStatus | null }) {
  const rawEta = smartcar?.eta_minutes ?? session.eta_minutes;
  const eta = rawEta == null ? null : etaMinutes(rawEta);
  const arrived = smartcar?.arrival_detected || ['arrived', 'merchant_notified', 'completed', 'completed_unbillable'].includes(session.status);
  const battery = smartcar?.last_battery ?? null;
  return (
    <section aria-label="Vehicle tracking" className="flex flex-col gap-2 rounded-xl bg-blue-50 p-4 text-blue-950">
      <p className="text-sm font-medium">🚗 Vehicle tracking active</p>
      {!arrived && eta != null && eta > 0 && (
        <p className="flex items-center justify-between">
          <span className="text-sm">ETA to charger</span>
          <span className="text-lg font-semibold" data-testid="eta">
            {eta} min
          </span>
        </p>
      )}
      {!arrived && eta === 0 && <p className="text-sm font-medium text-green-700">📍 Near the charger — detecting arrival…</p>}
      {!arrived && eta == null && <p className="text-sm">Waiting for your car’s first location…</p>}
      {arrived && <p className="text-sm font-medium text-green-700">✅ Arrival confirmed — merchant notified</p>}
      {battery && <BatteryBar percent={battery.percent} target={session.charge_complete_trigger ? session.target_soc_percent : null} />}
      {session.charge_complete_trigger && session.target_soc_percent != null && !smartcar?.charge_complete && (
        <p className="text-xs">Ready After Charge: the order fires at {session.target_soc_percent}%.</p>
      )}
      {smartcar?.charge_complete && <p className="text-sm font-medium text-green-700">⚡ Charge complete — order ready!</p>}
    </section>
  );
}
