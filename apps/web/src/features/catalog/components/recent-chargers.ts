export type RecentCharger = { id: string; name: string; address: string };

const KEY = 'nerava.recentChargers';
const MAX = 5;

/** Chargers the driver opened lately, newest first (this device only). */
export function recentChargers(): RecentCharger[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as RecentCharger[]) : [];
    return Array.isArray(list) ? list.filter((c) => c && typeof c.id === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberCharger(charger: RecentCharger): void {
  const next = [charger, ...recentChargers().filter((c) => c.id !== charger.id)].slice(0, MAX);
  localStorage.setItem(KEY, JSON.stringify(next));
}
