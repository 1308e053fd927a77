import { useEffect } from 'react';
import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useCharger } from '../api/get-charger';
import { MerchantCarousel } from './merchant-carousel';
import { rememberCharger } from './recent-chargers';

/** One charger and the merchants you can order from while you charge there. */
export function ChargerPage({ chargerId }: { chargerId: string }) {
  const charger = useCharger(chargerId);
  const loaded = charger.data;
  useEffect(() => {
    if (loaded) rememberCharger({ id: loaded.id, name: loaded.name, address: loaded.address });
  }, [loaded]);
  if (charger.isPending) return <Spinner label="Loading charger…" />;
  if (charger.error) return <ProblemAlert error={charger.error} />;
  const c = charger.data;
  return (
    <>
      <Link to="/" className="text-sm text-brand-600 underline">
        ← All chargers
      </Link>
      <Card>
        <h2 className="text-lg font-semibold">{c.name}</h2>
        <p className="text-sm text-slate-600">
          {c.network} · {c.stalls} stalls · {c.max_kw} kW
        </p>
        <p className="text-xs text-slate-500">{c.address}</p>
      </Card>
      <section aria-labelledby="merchants-heading" className="flex flex-col gap-2">
        <h2 id="merchants-heading" className="text-lg font-semibold">
          Eat while you charge
        </h2>
        <p className="text-sm text-slate-600">Nerava times your food to when you arrive or finish charging.</p>
        <MerchantCarousel merchants={c.merchants} chargerId={c.id} />
      </section>
    </>
  );
}
