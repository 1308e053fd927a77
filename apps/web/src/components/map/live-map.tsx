import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';

export type LatLng = { lat: number; lng: number };

export type MapLayer =
  | { id: string; kind: 'point'; at: LatLng; label: string; color: string; radius?: number; labelBelow?: boolean }
  | { id: string; kind: 'line'; path: LatLng[]; label: string; color: string; dashed?: boolean };

export type LiveMapProps = {
  layers: MapLayer[];
  /** What the map shows, for screen readers (the legend below repeats it as text). */
  label: string;
  /** XYZ tile template from configuration; none draws the layers on a plain background with nothing fetched. */
  tileUrl?: string | null;
  attribution?: string | null;
  /** Re-fit the view when this changes (not on every position update, so panning is not undone). */
  fitKey?: string;
  className?: string;
};

/** A Leaflet map of GeoJSON-like layers (points and lines); tiles only when configured. */
export function LiveMap({ layers, label, tileUrl, attribution, fitKey, className }: LiveMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const group = useRef<L.LayerGroup | null>(null);
  const fitted = useRef<string | null>(null);

  useEffect(() => {
    if (!element.current) return;
    // No zoom buttons or keyboard focus: the map is one image to assistive tech (its legend is the text); touch zoom stays.
    const m = L.map(element.current, {
      zoomControl: false,
      attributionControl: !!tileUrl,
      keyboard: false,
      scrollWheelZoom: false,
      // No animations: redrawn layers must not leave a fading copy of their labels behind.
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    });
    if (tileUrl) L.tileLayer(tileUrl, { attribution: attribution ?? '', maxZoom: 19 }).addTo(m);
    group.current = L.layerGroup().addTo(m);
    map.current = m;
    m.setView([29.43, -98.48], 12);
    return () => {
      m.remove();
      map.current = null;
      group.current = null;
      fitted.current = null;
    };
  }, [tileUrl, attribution]);

  useEffect(() => {
    const m = map.current;
    const g = group.current;
    if (!m || !g) return;
    g.clearLayers();
    const points: L.LatLngExpression[] = [];
    for (const layer of layers) {
      if (layer.kind === 'point') {
        L.circleMarker([layer.at.lat, layer.at.lng], {
          radius: layer.radius ?? 8,
          color: '#ffffff',
          weight: 2,
          fillColor: layer.color,
          fillOpacity: 1,
          interactive: false,
        })
          .bindTooltip(layer.label, {
            permanent: true,
            direction: layer.labelBelow ? 'bottom' : 'top',
            offset: [0, layer.labelBelow ? 8 : -8],
            className: 'nerava-map-label',
          })
          .addTo(g);
        points.push([layer.at.lat, layer.at.lng]);
      } else if (layer.path.length > 1) {
        L.polyline(
          layer.path.map((p) => [p.lat, p.lng] as L.LatLngTuple),
          { color: layer.color, weight: 4, opacity: 0.85, dashArray: layer.dashed ? '6 8' : undefined, interactive: false },
        ).addTo(g);
        points.push(...layer.path.map((p) => [p.lat, p.lng] as L.LatLngTuple));
      }
    }
    const key = fitKey ?? 'once';
    if (points.length > 0 && fitted.current !== key) {
      fitted.current = key;
      if (points.length === 1) m.setView(points[0], 15);
      else m.fitBounds(L.latLngBounds(points), { padding: [36, 36], maxZoom: 16 });
    }
  }, [layers, fitKey]);

  return (
    <figure className={`flex flex-col gap-1 ${className ?? ''}`}>
      <div
        ref={element}
        role="img"
        aria-label={label}
        data-testid="live-map"
        className="h-64 w-full overflow-hidden rounded-xl border border-slate-200 bg-slate-100"
      />
      <figcaption className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
        {layers.map((l) => (
          <span key={l.id} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: l.color }} />
            {l.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
