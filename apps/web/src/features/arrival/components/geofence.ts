import type { LatLng } from '@/components/map/live-map';

const EARTH_RADIUS_M = 6_371_008.8;

export function distanceMeters(a: LatLng, b: LatLng): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
}

/**
 * A fix worth a phone_geofence check-in: precise enough, and inside the radius even allowing for its accuracy
 * (the server applies its own, stricter check; this only avoids sending hopeless ones).
 */
export function insideGeofence(fix: LatLng & { accuracy_m?: number }, site: LatLng, radiusM: number, maxAccuracyM: number): boolean {
  const accuracy = fix.accuracy_m ?? Number.POSITIVE_INFINITY;
  return accuracy <= maxAccuracyM && distanceMeters(fix, site) + accuracy / 2 <= radiusM;
}
