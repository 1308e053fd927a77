import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useAsyncAction } from '@/lib/use-async-action';
import type { Stall } from '../api/start-charging';
import type { ArrivalSession } from '../api/types';

const STATUS_TEXT: Record<string, string> = {
  requested: 'Asking the charger to start…',
  accepted: 'Plug in now — the charger is waiting for your car.',
  rejected: 'The charger refused to start. Try another stall.',
  failed: 'The charger did not answer. Try again or start it at the charger.',
  started: 'Charging — your arrival is verified by the charger.',
  stopped: 'Charging stopped.',
};

const FREE = new Set(['Available', 'Preparing', 'Unknown']);

/**
 * At a merchant-hosted OCPP charger: the driver picks the stall they parked at and starts charging from the app.
 * The charger's own StartTransaction with the driver's idTag is the strongest arrival proof there is.
 */
export function StartChargingPanel({
  session,
  stalls,
  onStart,
}: {
  session: ArrivalSession;
  stalls: Stall[];
  onStart: (stall: number) => Promise<unknown>;
}) {
  const [picked, setPicked] = useState<number | null>(session.charging?.stall ?? null);
  const { run, pending, error } = useAsyncAction(onStart);
  if (stalls.length === 0) return null;
  const status = session.charging?.status ?? null;
  const charging = status === 'started';

  return (
    <section aria-label="Start charging" className="space-y-2 rounded-lg border border-emerald-200 bg-emerald-50 p-3">
      <p className="font-medium">Which stall are you at?</p>
      <div role="radiogroup" aria-label="Stall" className="flex flex-wrap gap-2">
        {stalls.map((s) => {
          const usable = s.online && (FREE.has(s.status) || s.stall === session.charging?.stall);
          return (
            <button
              key={s.stall}
              type="button"
              role="radio"
              aria-checked={picked === s.stall}
              disabled={!usable || charging}
              onClick={() => setPicked(s.stall)}
              className={`min-h-11 min-w-16 rounded-lg border px-3 font-semibold disabled:opacity-40 ${picked === s.stall ? 'border-emerald-600 bg-emerald-600 text-white' : 'border-slate-300 bg-white'}`}
            >
              Stall {s.stall}
            </button>
          );
        })}
      </div>
      {!charging && (
        <Button block disabled={picked == null} loading={pending} onClick={() => picked != null && void run(picked)}>
          {picked == null ? 'Pick your stall' : `Start charging at stall ${picked}`}
        </Button>
      )}
      {status && <p role="status" className="text-sm">{STATUS_TEXT[status] ?? status}</p>}
      <ProblemAlert error={error} />
    </section>
  );
}
