import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { DEFAULT_POSITION } from '@/config/constants';
import { formatDistance } from '@/lib/format';
import { positionOrDefault, type Position } from '@/lib/geolocation';
import { useChargers } from '../api/get-chargers';

/** Nearby chargers, nearest first; San Antonio when the browser won't share its position. */
export function ChargerList() {
  const [position, setPosition] = useState<Position | null>(null);
  useEffect(() => {
    let alive = true;
    void positionOrDefault(5000).then((p) => alive && setPosition(p));
    return () => {
      alive = false;
    };
  }, []);
  const chargers = useChargers(position && { lat: position.lat, lng: position.lng });

  if (!position) return <Spinner label="Finding your location…" />;
  return (
    <section aria-labelledby="chargers-heading" className="flex flex-col gap-3">
      <h2 id="chargers-heading" className="text-lg font-semibold">
        Chargers near you
      </h2>
      {position.fallback && (
        <p className="text-xs text-slate-600">Location not shared — showing chargers near {DEFAULT_POSITION.label}.</p>
      )}
      {chargers.isPending && <Spinner label="Loading chargers…" />}
      <ProblemAlert error={chargers.error} />
      {chargers.data?.length === 0 && <p className="text-slate-600">No chargers within 50 km.</p>}
      <ul className="flex flex-col gap-3">
        {chargers.data?.map((c) => (
          <li key={c.id}>
            <Link to={`/chargers/${encodeURIComponent(c.id)}`} className="block rounded-xl">
              <Card className="hover:border-brand-600">
                <div className="flex items-baseline justify-between gap-2">
                  <span className="font-semibold text-slate-900">{c.name}</span>
                  <span className="shrink-0 text-sm text-slate-600">{formatDistance(c.distance_m)}</span>
                </div>
                <div className="text-sm text-slate-600">
                  {c.network} · {c.stalls} stalls · {c.max_kw} kW
                </div>
                <div className="text-xs text-slate-500">{c.address}</div>
              </Card>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
