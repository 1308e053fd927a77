export type Position = { lat: number; lng: number; accuracy_m?: number; label?: string; source: 'device' | 'city' };

const LAST_KEY = 'nerava.lastPosition';
const CITY_KEY = 'nerava.startCity';

/**
 * The browser's position, or null when it is refused, unavailable or too slow. `maxAgeMs` 0 forces a fresh fix
 * ("I'm here" must not reuse where the driver was a few minutes ago).
 */
export function currentPosition(timeoutMs = 8000, maxAgeMs = 15_000): Promise<Position | null> {
  return new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return resolve(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const position: Position = { lat: p.coords.latitude, lng: p.coords.longitude, accuracy_m: Math.round(p.coords.accuracy), source: 'device' };
        sessionStorage.setItem(LAST_KEY, JSON.stringify(position));
        resolve(position);
      },
      () => resolve(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: maxAgeMs },
    );
  });
}

/** The city the driver said they start from when location is not shared. */
export function chosenCity(): Position | null {
  try {
    const raw = localStorage.getItem(CITY_KEY);
    return raw ? ({ ...(JSON.parse(raw) as Position), source: 'city' } as Position) : null;
  } catch {
    return null;
  }
}

export function chooseCity(city: { label: string; lat: number; lng: number } | null): void {
  if (city) localStorage.setItem(CITY_KEY, JSON.stringify({ lat: city.lat, lng: city.lng, label: city.label, source: 'city' }));
  else localStorage.removeItem(CITY_KEY);
}

/**
 * Where the driver starts: the device's position, else the city they picked, else null. Never a made-up point:
 * a guessed position would skew the session's hold time and the "near you" list.
 */
export async function startingPoint(timeoutMs?: number): Promise<Position | null> {
  return (await currentPosition(timeoutMs)) ?? chosenCity();
}

/** Watches the position while mounted; returns a stop function. Errors (denied, unavailable) just stop updates. */
export function watchPosition(onFix: (p: Position) => void): () => void {
  if (typeof navigator === 'undefined' || !navigator.geolocation) return () => {};
  const id = navigator.geolocation.watchPosition(
    (p) => onFix({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy_m: Math.round(p.coords.accuracy), source: 'device' }),
    () => {},
    { enableHighAccuracy: true, maximumAge: 5_000, timeout: 30_000 },
  );
  return () => navigator.geolocation.clearWatch(id);
}
