import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { useChargePoints, useIssueChargePointKey, useRegisterChargePoint } from '../api/charge-points';
import type { AdminChargePoint, AdminChargePointKey } from '../api/types';

/** A site's OCPP charge points: register one or issue a new key; a key is on screen once, right after. */
export function ChargePointsSection({ chargerId }: { chargerId: string }) {
  const points = useChargePoints(chargerId);
  const register = useRegisterChargePoint(chargerId);
  const rekey = useIssueChargePointKey(chargerId);
  const [connectors, setConnectors] = useState(2);
  const [issued, setIssued] = useState<AdminChargePointKey | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    register.mutate(connectors, { onSuccess: setIssued });
  };
  return (
    <section aria-label={`Charge points of ${chargerId}`} className="flex flex-col gap-3 py-2">
      <ChargePointList points={points.data ?? []} busy={rekey.isPending} onNewKey={(id) => rekey.mutate(id, { onSuccess: setIssued })} />
      {issued && <IssuedKey issued={issued} />}
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <TextField label="Connectors" inputMode="numeric" value={String(connectors)} onChange={(e) => setConnectors(Number(e.target.value))} />
        <Button type="submit" variant="secondary" loading={register.isPending}>
          Register charge point
        </Button>
      </form>
      <ProblemAlert error={points.error ?? register.error ?? rekey.error} />
    </section>
  );
}

export function ChargePointList({ points, busy, onNewKey }: { points: AdminChargePoint[]; busy: boolean; onNewKey: (id: string) => void }) {
  if (points.length === 0) {
    return <p className="text-sm text-slate-700">No OCPP charge points.</p>;
  }
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {points.map((p) => (
        <li key={p.charge_point_id} className="flex flex-wrap items-center gap-3">
          <span className="font-mono">{p.charge_point_id}</span>
          <span>stalls {p.stalls.join(', ')}</span>
          <span className={p.connected ? 'text-green-700' : 'text-slate-600'}>{p.connected ? 'connected' : 'offline'}</span>
          {p.last_seen_at && <span className="text-slate-600">seen {new Date(p.last_seen_at).toLocaleString()}</span>}
          <Button variant="ghost" disabled={busy} onClick={() => onNewKey(p.charge_point_id)} aria-label={`New key for ${p.charge_point_id}`}>
            New key
          </Button>
        </li>
      ))}
    </ul>
  );
}

export function IssuedKey({ issued }: { issued: AdminChargePointKey }) {
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium">Key for {issued.charge_point_id} — shown only now; configure it on the charger (the old key, if any, stopped working).</p>
      <p>
        URL <span className="font-mono break-all">{issued.url}</span>
      </p>
      <p>
        Authorization key <span className="font-mono break-all">{issued.authorization_key}</span>
      </p>
      <p>Stalls {issued.stalls.join(', ')}</p>
    </div>
  );
}
