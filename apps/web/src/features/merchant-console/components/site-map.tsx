import { LiveMap, type MapLayer } from '@/components/map/live-map';
import { useCharger } from '@/features/catalog/api/get-charger';
import { useClientConfig } from '@/lib/client-config';

/**
 * Staff's view of where a driver is: the charger site, the merchant and the walk between them. Never the driver's
 * coordinates — only the distance band the API gives staff.
 */
export function SiteMap({ chargerId, merchantId, band }: { chargerId: string; merchantId?: string | null; band: string }) {
  const config = useClientConfig();
  const charger = useCharger(chargerId);
  const site = charger.data;
  if (!site) return null;
  const merchant = site.merchants.find((m) => m.id === merchantId) ?? site.merchants[0];
  const layers: MapLayer[] = [{ id: 'charger', kind: 'point', at: site, label: `${site.name} (${site.stalls} stalls)`, color: '#1d4ed8', radius: 9 }];
  if (merchant) {
    layers.push({ id: 'walk', kind: 'line', path: [site, merchant], label: `Walk ${merchant.walk_m ?? '?'} m`, color: '#15803d', dashed: true });
    layers.push({ id: 'merchant', kind: 'point', at: merchant, label: merchant.name, color: '#15803d', labelBelow: true });
  }
  return (
    <div className="flex flex-col gap-1">
      <p className="text-xs font-medium text-slate-800">Driver: {band}</p>
      <LiveMap layers={layers} label={`Map of ${site.name} and ${merchant?.name ?? 'your shop'}; the driver is ${band}`} tileUrl={config.data?.map.tile_url} attribution={config.data?.map.attribution} />
    </div>
  );
}
