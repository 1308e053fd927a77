import { DEFAULT_POSITION } from '@/config/constants';

export type Position = { lat: number; lng: number; accuracy_m?: number; fallback: boolean };

const LAST_KEY = 'nerava.lastPosition';

/**
 * The browser's position, or null when it is refused, unavailable or too slow. `maxAgeMs` 0 forces a fresh fix
 * ("I'm here" must not reuse where the driver was a few minutes ago).
 */
export function currentPosition(timeoutMs = 8000, maxAgeMs = 15_000): Promise<Position | null> {
  return new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return resolve(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const position = { lat: p.coords.latitude, lng: p.coords.longitude, accuracy_m: Math.round(p.coords.accuracy), fallback: false };
        sessionStorage.setItem(LAST_KEY, JSON.stringify(position));
        resolve(position);
      },
      () => resolve(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: maxAgeMs },
    );
  });
}

/** The browser's position, else the last one we saw, else San Antonio. Never rejects. */
export async function positionOrDefault(timeoutMs?: number): Promise<Position> {
  const position = await currentPosition(timeoutMs);
  if (position) return position;
  try {
    const last = sessionStorage.getItem(LAST_KEY);
    if (last) return { ...(JSON.parse(last) as Position), fallback: true };
  } catch {
    /* ignore a corrupt value */
  }
  return { lat: DEFAULT_POSITION.lat, lng: DEFAULT_POSITION.lng, fallback: true };
}
