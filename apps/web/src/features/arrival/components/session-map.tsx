import { LiveMap, type LatLng, type MapLayer } from '@/components/map/live-map';
import { useCharger } from '@/features/catalog/api/get-charger';
import { useClientConfig } from '@/lib/client-config';
import type { ArrivalSession, SessionSmartcarStatus } from '../api/types';

export type SessionMapProps = {
  session: ArrivalSession;
  smartcar: SessionSmartcarStatus | null;
  /** The car's recent positions, oldest first (kept by the screen from live updates). */
  trail: LatLng[];
  /** The phone's own position when the driver shares it (no connected car). */
  phone?: LatLng | null;
};

/** The driver's live map: car, its trail and route, the charger, the merchant and the walk between them. */
export function SessionMap({ session, smartcar, trail, phone }: SessionMapProps) {
  const config = useClientConfig();
  const charger = useCharger(session.charger_id);
  const site = charger.data;
  if (!site) return null;
  const merchant = site.merchants.find((m) => m.id === session.merchant_id);
  const car = smartcar?.last_location ? { lat: smartcar.last_location.lat, lng: smartcar.last_location.lng } : null;
  const here = car ?? phone ?? null;
  const beforeArrival = session.status === 'pending_order' || session.status === 'awaiting_arrival';

  const layers: MapLayer[] = [];
  if (here && beforeArrival) layers.push({ id: 'route', kind: 'line', path: [here, site], label: 'Route to the charger', color: '#1d4ed8', dashed: true });
  if (trail.length > 1) layers.push({ id: 'trail', kind: 'line', path: trail, label: 'Where the car has been', color: '#64748b' });
  if (merchant) layers.push({ id: 'walk', kind: 'line', path: [site, merchant], label: `Walk to ${merchant.name} (${merchant.walk_m ?? '?'} m)`, color: '#15803d', dashed: true });
  layers.push({ id: 'charger', kind: 'point', at: site, label: site.name, color: '#1d4ed8', radius: 9 });
  if (merchant) layers.push({ id: 'merchant', kind: 'point', at: merchant, label: merchant.name, color: '#15803d', labelBelow: true });
  if (car) layers.push({ id: 'car', kind: 'point', at: car, label: 'Your car', color: '#dc2626', radius: 9 });
  else if (phone) layers.push({ id: 'phone', kind: 'point', at: phone, label: 'You', color: '#dc2626' });

  const described = [car ? 'your car' : phone ? 'you' : null, site.name, merchant?.name].filter(Boolean).join(', ');
  return (
    <LiveMap
      layers={layers}
      label={`Map showing ${described}`}
      tileUrl={config.data?.map.tile_url}
      attribution={config.data?.map.attribution}
      fitKey={`${session.session_id}:${here ? 'moving' : 'site'}:${session.status}`}
    />
  );
}
