import { Fragment, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { useAdminChargers, useCreateAdminCharger } from '../api/chargers';
import type { AdminCharger } from '../api/types';
import { ChargePointsSection } from './charge-points-section';

const EMPTY: AdminCharger = { id: '', name: '', network: '', lat: 0, lng: 0, address: '', stalls: 4, max_kw: 150 };

/** Charging sites, their OCPP charge points, and a form to add a site. */
export function ChargersPanel() {
  const chargers = useAdminChargers();
  const create = useCreateAdminCharger();
  const [c, setC] = useState<AdminCharger>(EMPTY);
  const [open, setOpen] = useState<string | null>(null);
  const set = <K extends keyof AdminCharger>(key: K, value: AdminCharger[K]) => setC((prev) => ({ ...prev, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(c, { onSuccess: () => setC(EMPTY) });
  };
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-xs text-slate-600">
              <th>Name</th>
              <th>Network</th>
              <th>Stalls</th>
              <th>kW</th>
              <th>Address</th>
              <th>OCPP</th>
            </tr>
          </thead>
          <tbody>
            {chargers.data?.map((x) => (
              <Fragment key={x.id}>
                <tr className="border-t border-slate-100">
                  <td>{x.name}</td>
                  <td>{x.network}</td>
                  <td>{x.stalls}</td>
                  <td>{x.max_kw}</td>
                  <td>{x.address}</td>
                  <td>
                    <Button variant="ghost" aria-expanded={open === x.id} onClick={() => setOpen(open === x.id ? null : x.id)}>
                      Charge points
                    </Button>
                  </td>
                </tr>
                {open === x.id && (
                  <tr>
                    <td colSpan={6}>
                      <ChargePointsSection chargerId={x.id} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
        <ProblemAlert error={chargers.error} />
      </Card>
      <Card>
        <form onSubmit={submit} className="grid grid-cols-1 gap-3 sm:grid-cols-2" aria-label="New charger">
          <TextField label="Id (slug)" value={c.id} onChange={(e) => set('id', e.target.value)} required />
          <TextField label="Charger name" value={c.name} onChange={(e) => set('name', e.target.value)} required />
          <TextField label="Network" value={c.network} onChange={(e) => set('network', e.target.value)} required />
          <TextField label="Charger address" value={c.address} onChange={(e) => set('address', e.target.value)} required />
          <TextField label="Charger latitude" inputMode="decimal" value={String(c.lat)} onChange={(e) => set('lat', Number(e.target.value))} />
          <TextField label="Charger longitude" inputMode="decimal" value={String(c.lng)} onChange={(e) => set('lng', Number(e.target.value))} />
          <TextField label="Stalls" inputMode="numeric" value={String(c.stalls)} onChange={(e) => set('stalls', Number(e.target.value))} />
          <TextField label="Max kW" inputMode="numeric" value={String(c.max_kw)} onChange={(e) => set('max_kw', Number(e.target.value))} />
          <div className="sm:col-span-2 flex flex-col gap-2">
            <ProblemAlert error={create.error} />
            <Button type="submit" loading={create.isPending}>
              Add charger
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
