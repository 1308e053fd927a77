import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { useAdminChargers, useLinkCharger } from '../api/chargers';
import type { AdminMerchant } from '../api/types';

/** The chargers a merchant serves, with the walk from each. */
export function LinksSection({ merchant }: { merchant: AdminMerchant }) {
  const chargers = useAdminChargers();
  const link = useLinkCharger(merchant.id);
  const [chargerId, setChargerId] = useState('');
  const [walk, setWalk] = useState('150');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    link.mutate({ chargerId, walkM: Number(walk) });
  };
  return (
    <section aria-label="Chargers" className="flex flex-col gap-3">
      <h2 className="font-semibold">Chargers</h2>
      <ul className="flex flex-col gap-2">
        {merchant.chargers.map((c) => (
          <li key={c.charger_id} className="flex items-center justify-between rounded-lg bg-slate-50 p-2 text-sm">
            <span>
              {c.charger_name} · {c.walk_m} m walk
            </span>
            <Button variant="danger" onClick={() => link.mutate({ chargerId: c.charger_id, walkM: null })}>
              Unlink
            </Button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          Charger
          <select className="min-h-11 rounded-lg border border-slate-300 px-2" value={chargerId} onChange={(e) => setChargerId(e.target.value)} required>
            <option value="">Choose…</option>
            {chargers.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <TextField label="Walk (m)" inputMode="numeric" value={walk} onChange={(e) => setWalk(e.target.value)} required />
        <Button type="submit" loading={link.isPending}>
          Link
        </Button>
      </form>
      <ProblemAlert error={link.error ?? chargers.error} />
    </section>
  );
}
