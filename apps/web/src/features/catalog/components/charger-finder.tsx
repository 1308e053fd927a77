import { useEffect, useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { CITIES } from '@/config/constants';
import { formatDistance } from '@/lib/format';
import { chooseCity, chosenCity, currentPosition, type Position } from '@/lib/geolocation';
import { useChargers } from '../api/get-chargers';
import { useChargerSearch, useRouteChargers } from '../api/search-chargers';
import { ChargerRow } from './charger-row';
import { recentChargers } from './recent-chargers';

/**
 * Destination anywhere: search the whole catalog, chargers along the route to a city, recent chargers, and those
 * near you. Without the device's position the driver picks a starting city; nothing is assumed silently.
 */
export function ChargerFinder() {
  const [position, setPosition] = useState<Position | null | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [destination, setDestination] = useState('');
  const cityId = useId();
  const destinationId = useId();
  const recent = recentChargers();

  useEffect(() => {
    let alive = true;
    void currentPosition(5000).then((p) => alive && setPosition(p ?? chosenCity()));
    return () => {
      alive = false;
    };
  }, []);

  const nearby = useChargers(position ? { lat: position.lat, lng: position.lng } : null);
  const found = useChargerSearch(submitted ? { q: submitted, ...(position ? { lat: position.lat, lng: position.lng } : {}) } : null);
  const to = CITIES.find((c) => c.label === destination);
  const route = useRouteChargers(position && to ? { from_lat: position.lat, from_lng: position.lng, to_lat: to.lat, to_lng: to.lng } : null);

  const search = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(query.trim());
  };
  const pickCity = (label: string) => {
    const city = CITIES.find((c) => c.label === label) ?? null;
    chooseCity(city);
    setPosition(city ? { lat: city.lat, lng: city.lng, label: city.label, source: 'city' } : null);
  };

  if (position === undefined) return <Spinner label="Finding your location…" />;
  return (
    <div className="flex flex-col gap-6">
      <form role="search" onSubmit={search} className="flex flex-col gap-2">
        <TextField
          label="Find a charger"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          hint="Name, city, network or highway — e.g. San Antonio, Electrify America, I-35"
        />
        <Button type="submit" disabled={!query.trim()}>
          Search
        </Button>
      </form>

      {submitted && (
        <section aria-labelledby="results-heading" className="flex flex-col gap-2">
          <h2 id="results-heading" className="text-lg font-semibold">
            Results for “{submitted}”
          </h2>
          {found.isPending && <Spinner label="Searching…" />}
          <ProblemAlert error={found.error} />
          {found.data?.length === 0 && <p className="text-slate-600">No charger matches. Try a city or a network.</p>}
          <ul className="flex flex-col gap-3">
            {found.data?.map((c) => (
              <ChargerRow key={c.id} id={c.id} name={c.name} address={c.address} detail={`${c.network} · ${c.stalls} stalls`} aside={formatDistance(c.distance_m)} />
            ))}
          </ul>
        </section>
      )}

      {position?.source !== 'device' && (
        <div className="flex flex-col gap-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="note">
          <label htmlFor={cityId} className="font-medium">
            Location not shared — where are you starting from?
          </label>
          <select id={cityId} value={position?.label ?? ''} onChange={(e) => pickCity(e.target.value)} className="rounded-md border border-slate-300 bg-white p-2">
            <option value="">Choose a city (or skip)</option>
            {CITIES.map((c) => (
              <option key={c.label}>{c.label}</option>
            ))}
          </select>
          <p className="text-xs">Used for “near you”, the route and how long your order is held. Nothing is guessed.</p>
        </div>
      )}

      {position && (
        <section aria-labelledby="route-heading" className="flex flex-col gap-2">
          <h2 id="route-heading" className="text-lg font-semibold">
            Along my route
          </h2>
          <label htmlFor={destinationId} className="text-sm font-medium text-slate-800">
            Driving to
          </label>
          <select id={destinationId} value={destination} onChange={(e) => setDestination(e.target.value)} className="rounded-md border border-slate-300 bg-white p-2">
            <option value="">Choose a destination</option>
            {CITIES.map((c) => (
              <option key={c.label}>{c.label}</option>
            ))}
          </select>
          {to && route.isPending && <Spinner label="Finding chargers on the way…" />}
          <ProblemAlert error={route.error} />
          {to && route.data?.length === 0 && <p className="text-slate-600">No chargers on the way there yet.</p>}
          <ol className="flex flex-col gap-3" aria-label="Chargers on the way, in driving order">
            {route.data?.map((c) => (
              <ChargerRow key={c.id} id={c.id} name={c.name} address={c.address} detail={c.network} aside={`${formatDistance(c.along_route_m)} in`} />
            ))}
          </ol>
        </section>
      )}

      {recent.length > 0 && (
        <section aria-labelledby="recent-heading" className="flex flex-col gap-2">
          <h2 id="recent-heading" className="text-lg font-semibold">
            Recent chargers
          </h2>
          <ul className="flex flex-col gap-3">
            {recent.map((c) => (
              <ChargerRow key={c.id} id={c.id} name={c.name} address={c.address} />
            ))}
          </ul>
        </section>
      )}

      {position && (
        <section aria-labelledby="chargers-heading" className="flex flex-col gap-2">
          <h2 id="chargers-heading" className="text-lg font-semibold">
            Chargers near you
          </h2>
          {position.source === 'city' && <p className="text-xs text-slate-600">Near {position.label}, the city you chose.</p>}
          {nearby.isPending && <Spinner label="Loading chargers…" />}
          <ProblemAlert error={nearby.error} />
          {nearby.data?.length === 0 && <p className="text-slate-600">No chargers within 50 km — search above.</p>}
          <ul className="flex flex-col gap-3">
            {nearby.data?.map((c) => (
              <ChargerRow key={c.id} id={c.id} name={c.name} address={c.address} detail={`${c.network} · ${c.stalls} stalls · ${c.max_kw} kW`} aside={formatDistance(c.distance_m)} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
